package com.gapwise.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.portfolio.Application;
import com.gapwise.workspace.PortfolioBoard;
import com.gapwise.workspace.RawJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The application inventory (each application with its ETag) and the portfolio assessment derived from it. */
@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Portfolio", description = "Applications, their support of the models, postures, summary, heat map")
class PortfolioController {

    /** An application with its ETag, so a list row can be edited without reading it first. */
    record ApplicationView(@JsonUnwrapped Application application, String etag) {
        static ApplicationView of(PortfolioBoard.Entry e) {
            return new ApplicationView(e.application(), ETags.of(e.tag()));
        }
    }

    private final PortfolioBoard board;

    PortfolioController(PortfolioBoard board) {
        this.board = board;
    }

    @GetMapping("/applications")
    @Operation(summary = "List the applications")
    List<ApplicationView> list(@PathVariable long ws) {
        return board.applications(ws).stream().map(ApplicationView::of).toList();
    }

    @PostMapping("/applications")
    @Operation(summary = "Add an application", description = "{key?, name, vendor, deployment: SAAS|ON_PREMISE, "
            + "annualCost, owner, functionalFit, integration, technicalHealth (1-5), lanes, elements "
            + "(processKey:elementId), capabilities, postureOverride: RETAIN|ENHANCE|REPLACE|RETIRE, overrideReason}; "
            + "the key is made from the name when absent")
    ResponseEntity<ApplicationView> add(@PathVariable long ws, @RequestBody JsonNode body) {
        PortfolioBoard.Entry e = board.add(ws, body);
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/applications/" + e.application().key()))
                .eTag(ETags.of(e.tag())).body(ApplicationView.of(e));
    }

    @GetMapping("/applications/{key}")
    @Operation(summary = "Get an application with its ETag")
    ResponseEntity<ApplicationView> get(@PathVariable long ws, @PathVariable String key) {
        PortfolioBoard.Entry e = board.application(ws, key);
        return ResponseEntity.ok().eTag(ETags.of(e.tag())).body(ApplicationView.of(e));
    }

    @PatchMapping("/applications/{key}")
    @Operation(summary = "Change an application", description = "JSON merge patch (null resets a field); "
            + "If-Match required (412 when stale, 428 when missing)")
    ResponseEntity<ApplicationView> update(@PathVariable long ws, @PathVariable String key,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody JsonNode body) {
        PortfolioBoard.Entry e = board.update(ws, key, ETags.required(ifMatch), body);
        return ResponseEntity.ok().eTag(ETags.of(e.tag())).body(ApplicationView.of(e));
    }

    @DeleteMapping("/applications/{key}")
    @Operation(summary = "Remove an application", description = "If-Match required")
    ResponseEntity<Void> delete(@PathVariable long ws, @PathVariable String key,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        board.delete(ws, key, ETags.required(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The portfolio assessment", description = "postures (recommendation, the rule that fired, "
            + "rationale with figures, override), summary (cost, SaaS/on-premise, vendors, suite or point solutions, "
            + "postures), heatMap (processes x applications: current and future tasks supported), support links "
            + "and unsupported future-state tasks per process")
    RawJson portfolio(@PathVariable long ws) {
        return board.portfolio(ws);
    }
}
