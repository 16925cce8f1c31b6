package com.gapwise.web;

import com.gapwise.workspace.Catalogue;
import com.gapwise.workspace.CatalogueProcess;
import com.gapwise.workspace.ModelState;
import com.gapwise.workspace.ModelVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}/processes")
@Tag(name = "Process catalogue", description = "Level 1 (category) to Level 5 (task-level) processes")
class ProcessController {

    record NewProcess(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(5) Integer level, Long parentId) {
    }

    record ProcessView(long id, String name, int level, Long parentId, Instant createdAt) {
        static ProcessView of(CatalogueProcess p) {
            return new ProcessView(p.getId(), p.getName(), p.getLevel(), p.getParentId(), p.getCreatedAt());
        }
    }

    /** Latest version of one state's model, or null when none was uploaded. */
    record ModelStatus(int version, String sha256, long size, Instant uploadedAt) {
        static ModelStatus of(ModelVersion v) {
            return new ModelStatus(v.getVersionNo(), v.getSha256(), v.getSizeBytes(), v.getUploadedAt());
        }
    }

    record ProcessDetail(long id, String name, int level, Long parentId, Instant createdAt, ModelStatus current,
                         ModelStatus future) {
    }

    private final Catalogue catalogue;

    ProcessController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping
    @Operation(summary = "Add a process to the catalogue", description = "A parent must have a lower level")
    ResponseEntity<ProcessView> create(@PathVariable long ws, @Valid @RequestBody NewProcess body) {
        CatalogueProcess p = catalogue.addProcess(ws, body.name(), body.level(), body.parentId());
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/processes/" + p.getId()))
                .body(ProcessView.of(p));
    }

    @GetMapping
    @Operation(summary = "List the catalogue", description = "A flat list ordered by level; build the tree from parentId")
    List<ProcessView> list(@PathVariable long ws) {
        return catalogue.processes(ws).stream().map(ProcessView::of).toList();
    }

    @GetMapping("/{p}")
    @Operation(summary = "Get a process with the status of its current and future models")
    ProcessDetail get(@PathVariable long ws, @PathVariable("p") long processId) {
        CatalogueProcess p = catalogue.process(ws, processId);
        return new ProcessDetail(p.getId(), p.getName(), p.getLevel(), p.getParentId(), p.getCreatedAt(),
                catalogue.latestModel(ws, processId, ModelState.CURRENT).map(ModelStatus::of).orElse(null),
                catalogue.latestModel(ws, processId, ModelState.FUTURE).map(ModelStatus::of).orElse(null));
    }
}
