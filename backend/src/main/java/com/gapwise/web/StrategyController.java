package com.gapwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.workspace.RawJson;
import com.gapwise.workspace.StrategyBoard;
import com.gapwise.workspace.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The derived strategy, always consistent with the latest models, and the analyst decisions on it.
 * Items are addressed by their stable keys; a decision's ETag is its version (0 before the first).
 */
@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Strategy", description = "Gaps, requirements, initiatives, roadmap placements and diffs, with decisions")
class StrategyController {

    private final StrategyBoard board;
    private final DerivedReads reads;

    StrategyController(StrategyBoard board, DerivedReads reads) {
        this.board = board;
        this.reads = reads;
    }

    @GetMapping("/processes/{p}/diff")
    @Operation(summary = "Diff of the latest current and future models",
            description = "CLI JSON shape: matches, added, removed, changes, gaps")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RawJson.class)))
    ResponseEntity<byte[]> diff(@PathVariable long ws, @PathVariable long p, WebRequest request) {
        return reads.ofRevision(ws, "diff|" + p, request, () -> board.diff(ws, p));
    }

    @GetMapping("/gaps")
    @Operation(summary = "List gaps", description = "Filter by process id, gap type and status; paged")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Page.class)))
    ResponseEntity<byte[]> gaps(@PathVariable long ws, @RequestParam(required = false) Long process,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) String status,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                WebRequest request) {
        return list(ws, Subject.GAP, process, type, status, page, size, request);
    }

    @GetMapping("/requirements")
    @Operation(summary = "List requirements", description = "Filter by process id, requirement type and priority")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Page.class)))
    ResponseEntity<byte[]> requirements(@PathVariable long ws, @RequestParam(required = false) Long process,
                                        @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String priority,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size, WebRequest request) {
        return list(ws, Subject.REQUIREMENT, process, type, priority, page, size, request);
    }

    @GetMapping("/initiatives")
    @Operation(summary = "List initiatives", description = "Filter by capability and quadrant")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Page.class)))
    ResponseEntity<byte[]> initiatives(@PathVariable long ws, @RequestParam(required = false) String type,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size, WebRequest request) {
        return list(ws, Subject.INITIATIVE, null, type, status, page, size, request);
    }

    private ResponseEntity<byte[]> list(long ws, Subject subject, Long process, String type, String status, int page,
                                        int size, WebRequest request) {
        String read = String.join("|", subject.word(), String.valueOf(process), String.valueOf(type),
                String.valueOf(status), String.valueOf(page), String.valueOf(size));
        return reads.ofRevision(ws, read, request, () -> board.list(ws, subject, process, type, status, page, size));
    }

    @GetMapping("/roadmap")
    @Operation(summary = "The roadmap", description = "periods, every placement (initiativeKey, period, pinned, reason), "
            + "load per period, unscheduled initiatives and issues (dependency conflicts, cycles)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(type = "object")))
    ResponseEntity<byte[]> roadmap(@PathVariable long ws, WebRequest request) {
        return reads.ofRevision(ws, "roadmap", request, () -> board.roadmap(ws));
    }

    record NewInitiative(@NotBlank @Size(max = 200) String name) {
    }

    @PostMapping("/initiatives")
    @Operation(summary = "Create an empty initiative", description = "e.g. to split one: then move requirements into "
            + "it by PATCHing their 'initiative'. Its key is I-new-<n>")
    ResponseEntity<StrategyBoard.Item> createInitiative(@PathVariable long ws, @Valid @RequestBody NewInitiative body) {
        StrategyBoard.Item item = board.createInitiative(ws, body.name());
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/initiatives/" + item.key()))
                .eTag(ETags.of(item.tag())).body(item);
    }

    record MatchCorrection(@Size(max = 500) String current, @Size(max = 500) String future) {
    }

    @PostMapping("/processes/{p}/matches")
    @Operation(summary = "Correct the matching of a process",
            description = "{current, future}: pair these elements by hand; with only one side: that element has no "
                    + "counterpart. Replaces earlier corrections of the same elements; answers the new diff")
    RawJson correctMatch(@PathVariable long ws, @PathVariable long p, @Valid @RequestBody MatchCorrection body) {
        return board.correctMatch(ws, p, body.current(), body.future());
    }

    @GetMapping("/settings")
    @Operation(summary = "Strategy settings in force", description = "{scoring: {weights, highValueFrom, highRiskFrom}, "
            + "roadmap: {startPeriod, periods, capacityPerPeriod, unit}, applications, laneClasses: {lane or pool name: "
            + "CUSTOMER|HUMAN_ROLE|SYSTEM|CHANNEL}}, with an ETag")
    ResponseEntity<JsonNode> settings(@PathVariable long ws) {
        StrategyBoard.Settings s = board.settings(ws);
        return ResponseEntity.ok().eTag(ETags.of(s.tag())).body(s.settings());
    }

    @PutMapping("/settings")
    @Operation(summary = "Replace the strategy settings", description = "If-Match required; re-derives the strategy")
    ResponseEntity<JsonNode> replaceSettings(@PathVariable long ws,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, @RequestBody JsonNode document) {
        StrategyBoard.Settings s = board.replaceSettings(ws, ETags.required(ifMatch), document);
        return ResponseEntity.ok().eTag(ETags.of(s.tag())).body(s.settings());
    }

    @GetMapping("/gaps/{key}")
    @Operation(summary = "One gap, with its decision and ETag")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Item.class)))
    ResponseEntity<byte[]> gap(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.GAP, key);
    }

    @GetMapping("/requirements/{key}")
    @Operation(summary = "One requirement, with its decision and ETag")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Item.class)))
    ResponseEntity<byte[]> requirement(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.REQUIREMENT, key);
    }

    @GetMapping("/initiatives/{key}")
    @Operation(summary = "One initiative, with its decision and ETag")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Item.class)))
    ResponseEntity<byte[]> initiative(@PathVariable long ws, @PathVariable String key) {
        return item(ws, Subject.INITIATIVE, key);
    }

    @GetMapping("/roadmap/{key}")
    @Operation(summary = "One roadmap placement, with its decision and ETag")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StrategyBoard.Item.class)))
    ResponseEntity<byte[]> placement(@PathVariable long ws, @PathVariable String key) {
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
            + "initiative (move it to another initiative)}; If-Match required")
    ResponseEntity<StrategyBoard.Item> decideRequirement(@PathVariable long ws, @PathVariable String key,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                         String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.REQUIREMENT, key, ifMatch, patch);
    }

    @PatchMapping(value = "/initiatives/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Rename, merge or plan an initiative", description = "JSON merge patch of {name, mergeInto, "
            + "dependsOn: [initiative keys], effort: points}; If-Match required")
    ResponseEntity<StrategyBoard.Item> decideInitiative(@PathVariable long ws, @PathVariable String key,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                        String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.INITIATIVE, key, ifMatch, patch);
    }

    @PatchMapping(value = "/roadmap/{key}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Pin an initiative to a period", description = "JSON merge patch of {period} (null unpins); "
            + "the key is the initiative's; If-Match required")
    ResponseEntity<StrategyBoard.Item> decidePlacement(@PathVariable long ws, @PathVariable String key,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                       String ifMatch, @RequestBody JsonNode patch) {
        return decide(ws, Subject.PLACEMENT, key, ifMatch, patch);
    }

    private ResponseEntity<byte[]> item(long ws, Subject subject, String key) {
        return reads.item(ws, subject.word() + "|" + key, () -> board.item(ws, subject, key));
    }

    private ResponseEntity<StrategyBoard.Item> decide(long ws, Subject subject, String key, String ifMatch,
                                                      JsonNode patch) {
        StrategyBoard.Item item = board.decide(ws, subject, key, ETags.required(ifMatch), patch);
        return ResponseEntity.ok().eTag(ETags.of(item.tag())).body(item);
    }
}
