package com.gapwise.web;

import com.gapwise.workspace.StrategyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Report", description = "The strategy document a consultant hands over, as HTML and PDF")
class ReportController {

    private final StrategyDocument document;

    ReportController(StrategyDocument document) {
        this.document = document;
    }

    @GetMapping(value = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The strategy document as one self-contained HTML page (inline CSS and SVG)")
    ResponseEntity<String> html(@PathVariable long ws) {
        String html = document.html(ws);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // nothing in the document may run or load anything, whatever the models say
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(html);
    }

    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The strategy document as an A4 PDF (selectable text, vector diagrams)")
    ResponseEntity<byte[]> pdf(@PathVariable long ws) {
        String name = document.name(ws);
        byte[] pdf = document.pdf(ws);
        String file = "strategy-" + name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
