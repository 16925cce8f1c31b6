package com.gapwise.web;

import com.gapwise.workspace.ModelLibrary;
import com.gapwise.workspace.ModelState;
import com.gapwise.workspace.NotFoundException;
import com.gapwise.workspace.StoredModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}/processes/{p}/models/{state}")
@Tag(name = "Models", description = "Versioned BPMN models per process and state (current, future)")
class ModelController {

    private static final MediaType BPMN = MediaType.APPLICATION_XML;

    private final ModelLibrary library;

    ModelController(ModelLibrary library) {
        this.library = library;
    }

    @PutMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload a model as the next version",
            description = "The body is BPMN 2.0 XML (at most 20 MB). It is imported first: an import error answers 422 "
                    + "with code, line and column, and nothing is stored. Answered once the re-derived strategy includes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/xml", schema = @Schema(type = "string"))))
    CompletableFuture<ResponseEntity<StoredModel>> upload(
            @PathVariable long ws, @PathVariable long p,
            @Parameter(schema = @Schema(allowableValues = {"current", "future"})) @PathVariable String state,
            @RequestHeader(value = "X-File-Name", required = false) String fileName,
            HttpServletRequest request) throws IOException {
        ModelState s = state(state);
        byte[] xml = readBounded(request, library.maxModelBytes());
        // answered when the re-derivation that includes it has committed; no request thread waits for it
        return library.upload(ws, p, s, xml, fileName).thenApply(stored -> ResponseEntity.created(URI.create(
                "/api/workspaces/" + ws + "/processes/" + p + "/models/" + state + "?version=" + stored.version()))
                .body(stored));
    }

    @GetMapping(produces = {"application/xml", "application/problem+json"})
    @Operation(summary = "Download a model version's exact bytes", description = "The latest unless ?version=N")
    ResponseEntity<byte[]> download(@PathVariable long ws, @PathVariable long p, @PathVariable String state,
                                    @RequestParam(required = false) Integer version) {
        ModelLibrary.Download d = library.download(ws, p, state(state), version);
        return ResponseEntity.ok()
                .contentType(BPMN)
                .eTag(ETags.of(d.model().sha256()))
                .header("X-Model-Version", String.valueOf(d.model().version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + state + "-v" + d.model().version()
                        + ".bpmn\"")
                .body(d.content());
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the versions of a process's model")
    List<StoredModel> versions(@PathVariable long ws, @PathVariable long p, @PathVariable String state) {
        return library.versions(ws, p, state(state));
    }

    static ModelState state(String word) {
        return ModelState.parse(word).orElseThrow(
                () -> new NotFoundException("model state must be 'current' or 'future', was '" + word + "'"));
    }

    /** Reads at most {@code limit} bytes; refuses larger bodies without reading them into memory. */
    static byte[] readBounded(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw new PayloadTooLargeException(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw new PayloadTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
