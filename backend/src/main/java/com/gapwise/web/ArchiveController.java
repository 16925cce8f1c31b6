package com.gapwise.web;

import com.gapwise.workspace.Catalogue;
import com.gapwise.workspace.WorkspaceArchive;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces")
@Tag(name = "Workspaces")
class ArchiveController {

    /** The largest archive accepted as a request body (compressed). */
    static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final WorkspaceArchive archive;
    private final Catalogue catalogue;

    ArchiveController(WorkspaceArchive archive, Catalogue catalogue) {
        this.archive = archive;
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/{ws}/export", produces = {"application/zip", "application/problem+json"})
    @Operation(summary = "Export the whole workspace as one zip",
            description = "Every model version's exact bytes, the catalogue, goals, settings and decisions, with a "
                    + "manifest and format version: for backup and for moving between servers")
    ResponseEntity<byte[]> export(@PathVariable long ws) throws IOException {
        // buffered, so that a failure is still a problem detail rather than a cut-off download
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.export(ws, out);
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workspace-" + ws + ".zip\"")
                .body(out.toByteArray());
    }

    @PostMapping(value = "/import", consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a workspace archive as a new workspace",
            description = "All or nothing: a bad archive (not a zip, too large, too many entries, unsafe names, no "
                    + "manifest, a model the importer refuses) answers 4xx and stores nothing")
    ResponseEntity<Map<String, Object>> importArchive(HttpServletRequest request) throws IOException {
        byte[] zip = ModelController.readBounded(request, MAX_ARCHIVE_BYTES);
        long id = archive.importArchive(new ByteArrayInputStream(zip));
        var w = catalogue.workspace(id);
        return ResponseEntity.created(URI.create("/api/workspaces/" + id))
                .body(Map.of("id", id, "name", w.getName(), "createdAt", w.getCreatedAt()));
    }
}
