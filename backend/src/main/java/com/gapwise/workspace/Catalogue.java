package com.gapwise.workspace;

import com.gapwise.method.CatalogueTree;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces and their process catalogues. */
@Service
public class Catalogue {

    private final Repositories.Workspaces workspaces;
    private final Repositories.Processes processes;
    private final Repositories.ModelVersions versions;
    private final Clock clock;

    Catalogue(Repositories.Workspaces workspaces, Repositories.Processes processes,
              Repositories.ModelVersions versions, Clock clock) {
        this.workspaces = workspaces;
        this.processes = processes;
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    public Workspace createWorkspace(String name) {
        return workspaces.save(new Workspace(requireName(name), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Workspace> workspaces() {
        return workspaces.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Workspace workspace(long id) {
        return workspaces.findById(id).orElseThrow(() -> new NotFoundException("workspace " + id + " does not exist"));
    }

    @Transactional
    public CatalogueProcess addProcess(long workspaceId, String name, int level, Long parentId) {
        workspace(workspaceId);
        if (level < 1 || level > 5) {
            throw new InvalidRequestException("level must be between 1 and 5, was " + level);
        }
        if (parentId != null) {
            CatalogueProcess parent = processes.findByIdAndWorkspaceId(parentId, workspaceId).orElseThrow(
                    () -> new InvalidRequestException("parent process " + parentId + " is not in workspace " + workspaceId));
            String misplaced = CatalogueTree.misplacement(level, null, parent.getLevel(), parent.getName());
            if (misplaced != null) {
                throw new InvalidRequestException(misplaced);
            }
        }
        return processes.save(new CatalogueProcess(workspaceId, requireName(name), level, parentId, clock.instant()));
    }

    /**
     * Renames, re-levels or moves a process. The tree rule (a parent's level is lower) is not checked here, as a
     * caller moving several processes passes through states that break it: it calls {@link #checkTree} after.
     */
    @Transactional
    public CatalogueProcess changeProcess(long workspaceId, long processId, String name, int level, Long parentId) {
        CatalogueProcess p = process(workspaceId, processId);
        if (level < 1 || level > 5) {
            throw new InvalidRequestException("level must be between 1 and 5, was " + level);
        }
        if (parentId != null && processes.findByIdAndWorkspaceId(parentId, workspaceId).isEmpty()) {
            throw new InvalidRequestException("parent process " + parentId + " is not in workspace " + workspaceId);
        }
        p.change(requireName(name), level, parentId);
        return processes.saveAndFlush(p);
    }

    /** Checks the whole catalogue of a workspace: no loops, and every parent's level lower than its child's. */
    @Transactional(readOnly = true)
    public void checkTree(long workspaceId) {
        java.util.Map<Long, CatalogueProcess> byId = new java.util.HashMap<>();
        processes(workspaceId).forEach(p -> byId.put(p.getId(), p));
        for (CatalogueProcess p : byId.values()) {
            CatalogueProcess parent = p.getParentId() == null ? null : byId.get(p.getParentId());
            String misplaced = parent == null ? null
                    : CatalogueTree.misplacement(p.getLevel(), p.getName(), parent.getLevel(), parent.getName());
            if (misplaced != null) {
                throw new InvalidRequestException(misplaced);
            }
        }
        // with levels rising strictly downwards, a loop is impossible
    }

    @Transactional(readOnly = true)
    public List<CatalogueProcess> processes(long workspaceId) {
        workspace(workspaceId);
        return processes.findByWorkspaceIdOrderByLevelAscIdAsc(workspaceId);
    }

    @Transactional(readOnly = true)
    public CatalogueProcess process(long workspaceId, long processId) {
        workspace(workspaceId);
        return processes.findByIdAndWorkspaceId(processId, workspaceId).orElseThrow(
                () -> new NotFoundException("process " + processId + " does not exist in workspace " + workspaceId));
    }

    /** The latest model version of a process per state, empty where none was uploaded. */
    @Transactional(readOnly = true)
    public Optional<ModelVersion> latestModel(long workspaceId, long processId, ModelState state) {
        process(workspaceId, processId);
        return versions.findFirstByProcessIdAndStateOrderByVersionNoDesc(processId, state);
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name must not be blank");
        }
        if (name.length() > 200) {
            throw new InvalidRequestException("name must be at most 200 characters, was " + name.length());
        }
        return name.strip();
    }
}
