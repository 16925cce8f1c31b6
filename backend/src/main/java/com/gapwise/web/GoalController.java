package com.gapwise.web;

import com.gapwise.workspace.Goal;
import com.gapwise.workspace.StrategyBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}/goals")
@Tag(name = "Goals", description = "Organisational goals with weights; they drive initiative scoring")
class GoalController {

    /**
     * @param keywords       words or phrases whose presence in an initiative signals alignment
     * @param capabilities   capabilities that serve the goal (SELF_SERVICE, OMNICHANNEL_ROUTING, KNOWLEDGE, ...)
     * @param initiativeKeys initiatives linked to the goal by hand
     */
    record NewGoal(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                   @NotNull @DecimalMin("0") @DecimalMax("100") Double weight, @Size(max = 100) List<String> keywords,
                   @Size(max = 20) List<String> capabilities, @Size(max = 500) List<String> initiativeKeys) {
    }

    record GoalChange(@Size(min = 1, max = 200) String name, @Size(max = 2000) String description,
                      @DecimalMin("0") @DecimalMax("100") Double weight, @Size(max = 100) List<String> keywords,
                      @Size(max = 20) List<String> capabilities, @Size(max = 500) List<String> initiativeKeys) {
    }

    record GoalView(long id, String key, String name, String description, double weight, List<String> keywords,
                    List<String> capabilities, List<String> initiativeKeys, long version) {
        static GoalView of(Goal g) {
            return new GoalView(g.getId(), "G" + g.getId(), g.getName(), g.getDescription(), g.getWeight(),
                    g.getKeywords(), g.getCapabilities(), g.getInitiativeKeys(), g.getVersion());
        }
    }

    private final StrategyBoard board;

    GoalController(StrategyBoard board) {
        this.board = board;
    }

    @PostMapping
    @Operation(summary = "Add a goal")
    ResponseEntity<GoalView> create(@PathVariable long ws, @Valid @RequestBody NewGoal body) {
        Goal g = board.addGoal(ws, body.name(), body.description(), body.weight(),
                new StrategyBoard.GoalLinks(body.keywords(), body.capabilities(), body.initiativeKeys()));
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/goals/" + g.getId()))
                .eTag(ETags.of(String.valueOf(g.getVersion()))).body(GoalView.of(g));
    }

    @GetMapping
    @Operation(summary = "List goals")
    List<GoalView> list(@PathVariable long ws) {
        return board.goals(ws).stream().map(GoalView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a goal with its ETag")
    ResponseEntity<GoalView> get(@PathVariable long ws, @PathVariable long id) {
        Goal g = board.goal(ws, id);
        return ResponseEntity.ok().eTag(ETags.of(String.valueOf(g.getVersion()))).body(GoalView.of(g));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a goal", description = "If-Match required (412 when stale, 428 when missing)")
    ResponseEntity<GoalView> update(@PathVariable long ws, @PathVariable long id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody GoalChange body) {
        long expected = ETags.requiredVersion(ifMatch);
        Goal g = board.updateGoal(ws, id, expected, body.name(), body.description(), body.weight(),
                new StrategyBoard.GoalLinks(body.keywords(), body.capabilities(), body.initiativeKeys()));
        return ResponseEntity.ok().eTag(ETags.of(String.valueOf(g.getVersion()))).body(GoalView.of(g));
    }
}
