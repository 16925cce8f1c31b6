package com.gapwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.access.AccessUser;
import com.gapwise.access.Members;
import com.gapwise.workspace.Catalogue;
import com.gapwise.workspace.StrategyBoard;
import com.gapwise.workspace.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/workspaces")
@Tag(name = "Workspaces", description = "Engagements: each holds a process catalogue, models, goals and a strategy")
class WorkspaceController {

    record NewWorkspace(@NotBlank @Size(max = 200) String name) {
    }

    record WorkspaceView(long id, String name, Instant createdAt) {
        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(w.getId(), w.getName(), w.getCreatedAt());
        }
    }

    private final Catalogue catalogue;
    private final StrategyBoard board;
    private final Members members;
    private final DerivedReads reads;

    WorkspaceController(Catalogue catalogue, StrategyBoard board, Members members, DerivedReads reads) {
        this.catalogue = catalogue;
        this.board = board;
        this.members = members;
        this.reads = reads;
    }

    @PostMapping
    @Operation(summary = "Create a workspace")
    ResponseEntity<WorkspaceView> create(@Valid @RequestBody NewWorkspace body) {
        Workspace w = catalogue.createWorkspace(body.name());
        return ResponseEntity.created(URI.create("/api/workspaces/" + w.getId())).body(WorkspaceView.of(w));
    }

    @GetMapping
    @Operation(summary = "List workspaces", description = "Those the user is a member of (an admin sees all)")
    List<WorkspaceView> list() {
        AccessUser user = AccessUser.current().orElseThrow(() -> new IllegalStateException("not authenticated"));
        Set<Long> visible = members.visibleWorkspaces(user); // null: an admin sees all
        return catalogue.workspaces().stream().filter(w -> visible == null || visible.contains(w.getId()))
                .map(WorkspaceView::of).toList();
    }

    @GetMapping("/{ws}")
    @Operation(summary = "Get a workspace")
    WorkspaceView get(@PathVariable long ws) {
        return WorkspaceView.of(catalogue.workspace(ws));
    }

    @GetMapping("/{ws}/strategy")
    @Operation(summary = "Report of the last derivation",
            description = "Revision, time, stale decisions (decisions whose item no longer exists, with the reason), "
                    + "warnings and processes not analysed")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(type = "object")))
    ResponseEntity<byte[]> strategy(@PathVariable long ws, WebRequest request) {
        return reads.ofRevision(ws, "summary", request, () -> board.summary(ws));
    }

    @PostMapping("/{ws}/strategy/rederive")
    @Operation(summary = "Re-derive the strategy now", description = "Normally automatic after every change")
    JsonNode rederive(@PathVariable long ws) {
        return board.rederive(ws);
    }
}
