package com.gapwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.workspace.StrategyBoard;
import com.gapwise.workspace.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The derived strategy, always consistent with the latest models, and the analyst decisions on it.
 * Items are addressed by their stable keys; a decision's ETag is its version (0 before the first).
 */
@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Strategy", description = "Gaps, requirements, initiatives, roadmap placements and diffs, with decisions")
class StrategyController {

    private final StrategyBoard board;

    StrategyController(StrategyBoard board) {
        this.board = board;
    }

    @GetMapping("/processes/{p}/diff")
    @Operation(summary = "Diff of the latest current and future models",
            description = "CLI JSON shape: matches, added, removed, changes, gaps")
    JsonNode diff(@PathVariable long ws, @PathVariable long p) {
        return board.diff(ws, p);
    }

    @GetMapping("/gaps")
    @Operation(summary = "List gaps", description = "Filter by process id, gap type and status; paged")
    StrategyBoard.Page gaps(@PathVariable long ws, @RequestParam(required = false) Long process,
                            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return board.list(ws, Subject.GAP, process, type, status, page, size);
    }

    @GetMapping("/requirements")
    @Operation(summary = "List requirements", description = "Filter by process id, requirement type and priority")
    StrategyBoard.Page requirements(@PathVariable long ws, @RequestParam(required = false) Long process,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String priority,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return board.list(ws, Subject.REQUIREMENT, process, type, priority, page, size);
    }

    @GetMapping("/initiatives")
    @Operation(summary = "List initiatives", description = "Filter by capability and quadrant")
    StrategyBoard.Page initiatives(@PathVariable long ws, @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) {
        return board.list(ws, Subject.INITIATIVE, null, type, status, page, size);
    }

    @GetMapping("/roadmap")
    @Operation(summary = "Roadmap placements", description = "Filter by period")
    StrategyBoard.Page roadmap(@PathVariable long ws, @RequestParam(required = false) String period,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "200") int size) {
        return board.list(ws, Subject.PLACEMENT, null, null, period, page, size);
    }

    @GetMapping("/gaps/{key}")
    @Operation(summary = "One gap, with its decision and ETag")
    ResponseEntity<StrategyBoard.Item> gap(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.GAP, key);
    }

    @GetMapping("/requirements/{key}")
    @Operation(summary = "One requirement, with its decision and ETag")
    ResponseEntity<StrategyBoard.Item> requirement(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.REQUIREMENT, key);
    }

    @GetMapping("/initiatives/{key}")
    @Operation(summary = "One initiative, with its decision and ETag")
    ResponseEntity<StrategyBoard.Item> initiative(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.INITIATIVE, key);
    }

    @GetMapping("/roadmap/{key}")
    @Operation(summary = "One roadmap placement, with its decision and ETag")
    ResponseEntity<StrategyBoard.Item> placement(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.PLACEMENT, key);
    }

    @PatchMapping(value = "/gaps/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Decide on a gap", description = "JSON merge patch of {status: open|accepted|dismissed, note}; "
            + "If-Match required (412 when stale, 428 when missing)")
    ResponseEntity<StrategyBoard.Item> decideGap(@PathVariable long ws, @PathVariable String key,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.GAP, key, ifMatch, patch);
    }

    @PatchMapping(value = "/requirements/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Edit a requirement", description = "JSON merge patch of {text, priority: MUST|SHOULD|COULD|WONT, "
            + "type, initiative (move to another initiative), note}; If-Match required")
    ResponseEntity<StrategyBoard.Item> decideRequirement(@PathVariable long ws, @PathVariable String key,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                         String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.REQUIREMENT, key, ifMatch, patch);
    }

    @PatchMapping(value = "/initiatives/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Rename or merge an initiative", description = "JSON merge patch of {name, mergeInto, note}; "
            + "If-Match required")
    ResponseEntity<StrategyBoard.Item> decideInitiative(@PathVariable long ws, @PathVariable String key,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                        String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.INITIATIVE, key, ifMatch, patch);
    }

    @PatchMapping(value = "/roadmap/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Move or pin a roadmap placement", description = "JSON merge patch of {period, pinned}; "
            + "If-Match required")
    ResponseEntity<StrategyBoard.Item> decidePlacement(@PathVariable long ws, @PathVariable String key,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                       String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.PLACEMENT, key, ifMatch, patch);
    }

    private ResponseEntity<StrategyBoard.Item> item(long ws, Subject subject, String key) {
        StrategyBoard.Item item = board.item(ws, subject, key);
        return ResponseEntity.ok().eTag(ETags.of(item.tag())).body(item);
    }

    private ResponseEntity<StrategyBoard.Item> decide(long ws, Subject subject, String key, String ifMatch,
                                                      JsonNode patch) {
        StrategyBoard.Item item = board.decide(ws, subject, key, ETags.required(ifMatch), patch);
        return ResponseEntity.ok().eTag(ETags.of(item.tag())).body(item);
    }
}
