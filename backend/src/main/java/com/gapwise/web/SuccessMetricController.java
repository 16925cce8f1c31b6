package com.gapwise.web;

import com.gapwise.workspace.MethodBoard;
import com.gapwise.workspace.SuccessMetric;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Success metrics", description = "Metric, unit, current value, target, direction; linked to initiatives")
class SuccessMetricController {

    /** @param initiativeKeys the initiatives that move the metric, by their stable keys */
    record MetricBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String unit, Double currentValue,
                      @NotNull Double target, @NotNull SuccessMetric.Direction direction,
                      @Size(max = 100) List<@Size(max = 500) String> initiativeKeys) {
        MethodBoard.MetricInput input() {
            return new MethodBoard.MetricInput(name, unit, currentValue, target, direction, initiativeKeys);
        }
    }

    record MetricView(long id, String name, String unit, Double currentValue, double target,
                      SuccessMetric.Direction direction, List<String> initiativeKeys, long version) {
        static MetricView of(SuccessMetric m) {
            return new MetricView(m.getId(), m.getName(), m.getUnit(), m.getCurrentValue(), m.getTarget(),
                    m.getDirection(), m.getInitiativeKeys(), m.getVersion());
        }
    }

    private final MethodBoard method;

    SuccessMetricController(MethodBoard method) {
        this.method = method;
    }

    @PostMapping("/success-metrics")
    @Operation(summary = "Add a success metric")
    ResponseEntity<MetricView> create(@PathVariable long ws, @Valid @RequestBody MetricBody body) {
        SuccessMetric m = method.addSuccessMetric(ws, body.input());
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/success-metrics/" + m.getId()))
                .eTag(ETags.of(String.valueOf(m.getVersion()))).body(MetricView.of(m));
    }

    @PostMapping("/processes/{p}/success-metrics/seed")
    @Operation(summary = "Seed success metrics from a process's models",
            description = "One metric per service figure the future state improves (hand-offs, manual tasks, most "
                    + "systems per role: DECREASE; self-service share in %: INCREASE), current-state figure as "
                    + "currentValue, future-state figure as target, linked to the initiatives carrying the process's "
                    + "requirements. Names that exist already are skipped. Answers the metrics added; 422 without "
                    + "both models")
    ResponseEntity<List<MetricView>> seed(@PathVariable long ws, @PathVariable long p) {
        List<MetricView> added = method.seedSuccessMetrics(ws, p).stream().map(MetricView::of).toList();
        return ResponseEntity.created(URI.create("/api/workspaces/" + ws + "/success-metrics")).body(added);
    }

    @GetMapping("/success-metrics")
    @Operation(summary = "List the success metrics")
    List<MetricView> list(@PathVariable long ws) {
        return method.successMetrics(ws).stream().map(MetricView::of).toList();
    }

    @GetMapping("/success-metrics/{id}")
    @Operation(summary = "Get a success metric with its ETag")
    ResponseEntity<MetricView> get(@PathVariable long ws, @PathVariable long id) {
        SuccessMetric m = method.successMetric(ws, id);
        return ResponseEntity.ok().eTag(ETags.of(String.valueOf(m.getVersion()))).body(MetricView.of(m));
    }

    @PutMapping("/success-metrics/{id}")
    @Operation(summary = "Replace a success metric", description = "If-Match required (412 when stale, 428 when missing)")
    ResponseEntity<MetricView> replace(@PathVariable long ws, @PathVariable long id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody MetricBody body) {
        long expected = ETags.requiredVersion(ifMatch);
        SuccessMetric m = method.replaceSuccessMetric(ws, id, expected, body.input());
        return ResponseEntity.ok().eTag(ETags.of(String.valueOf(m.getVersion()))).body(MetricView.of(m));
    }

    @DeleteMapping("/success-metrics/{id}")
    @Operation(summary = "Remove a success metric")
    ResponseEntity<Void> delete(@PathVariable long ws, @PathVariable long id) {
        method.deleteSuccessMetric(ws, id);
        return ResponseEntity.noContent().build();
    }
}
