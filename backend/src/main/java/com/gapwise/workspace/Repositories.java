package com.gapwise.workspace;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data repositories of the workspace side; package-private, used through the services only. */
final class Repositories {

    private Repositories() {
    }

    interface Workspaces extends JpaRepository<Workspace, Long> {
        /** Serialises every change that re-derives the workspace's strategy, across app instances. */
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select w from Workspace w where w.id = :id")
        Optional<Workspace> lockById(@Param("id") Long id);

        List<Workspace> findAllByOrderByIdAsc();
    }

    interface Processes extends JpaRepository<CatalogueProcess, Long> {
        /** Serialises the uploads of one process (their version numbers). */
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select p from CatalogueProcess p where p.id = :id")
        Optional<CatalogueProcess> lockById(@Param("id") Long id);

        List<CatalogueProcess> findByWorkspaceIdOrderByLevelAscIdAsc(Long workspaceId);

        Optional<CatalogueProcess> findByIdAndWorkspaceId(Long id, Long workspaceId);
    }

    interface ModelVersions extends JpaRepository<ModelVersion, Long> {
        List<ModelVersion> findByProcessIdAndStateOrderByVersionNoAsc(Long processId, ModelState state);

        Optional<ModelVersion> findFirstByProcessIdAndStateOrderByVersionNoDesc(Long processId, ModelState state);

        Optional<ModelVersion> findByProcessIdAndStateAndVersionNo(Long processId, ModelState state, int versionNo);

        @Query("select coalesce(max(m.versionNo), 0) from ModelVersion m where m.processId = :p and m.state = :s")
        int lastVersionNo(@Param("p") Long processId, @Param("s") ModelState state);

        /** How many model versions a workspace holds (versions are only ever added). */
        @Query("""
                select count(m) from ModelVersion m, CatalogueProcess p
                where m.processId = p.id and p.workspaceId = :ws""")
        long countInWorkspace(@Param("ws") Long workspaceId);

        /** The latest version of each process and state in a workspace. */
        @Query("""
                select m from ModelVersion m, CatalogueProcess p
                where m.processId = p.id and p.workspaceId = :ws
                  and m.versionNo = (select max(m2.versionNo) from ModelVersion m2
                                     where m2.processId = m.processId and m2.state = m.state)
                order by p.id, m.state""")
        List<ModelVersion> latestInWorkspace(@Param("ws") Long workspaceId);
    }

    interface ModelContents extends JpaRepository<ModelContent, Long> {
    }

    interface Goals extends JpaRepository<Goal, Long> {
        List<Goal> findByWorkspaceIdOrderByIdAsc(Long workspaceId);

        Optional<Goal> findByIdAndWorkspaceId(Long id, Long workspaceId);
    }

    interface Decisions extends JpaRepository<Decision, Long> {
        List<Decision> findByWorkspaceIdOrderByIdAsc(Long workspaceId);

        Optional<Decision> findByWorkspaceIdAndSubjectAndItemKey(Long workspaceId, String subject, String itemKey);
    }

    interface Settings extends JpaRepository<StrategySettingsRow, Long> {
    }

    interface Snapshots extends JpaRepository<StrategySnapshot, Long> {
    }
}
