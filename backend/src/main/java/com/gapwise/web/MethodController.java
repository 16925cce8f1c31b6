package com.gapwise.web;

import com.gapwise.method.CatalogueCsv;
import com.gapwise.method.MethodPhase;
import com.gapwise.method.ProjectCharter;
import com.gapwise.method.Raci;
import com.gapwise.method.RaciMatrix;
import com.gapwise.method.RaciViolation;
import com.gapwise.method.Shortlisting;
import com.gapwise.workspace.CatalogueImportException;
import com.gapwise.workspace.CatalogueProcess;
import com.gapwise.workspace.InvalidRequestException;
import com.gapwise.workspace.MethodBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}")
@Tag(name = "Method", description = "Charter, RACI, process scoring against goals, shortlist, catalogue import")
class MethodController {

    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final MethodBoard method;

    MethodController(MethodBoard method) {
        this.method = method;
    }

    // ---- charter

    record CharterBody(@Size(max = 4000) String purpose, @Size(max = 4000) String scope, @Size(max = 200) String sponsor,
                       @Size(max = 100) List<@Size(max = 200) String> stakeholders, LocalDate startDate,
                       LocalDate endDate, @Size(max = 100) List<@Size(max = 500) String> deliverables) {
        static CharterBody of(ProjectCharter c) {
            return new CharterBody(c.purpose(), c.scope(), c.sponsor(), c.stakeholders(), c.startDate(), c.endDate(),
                    c.deliverables());
        }
    }

    @GetMapping("/charter")
    @Operation(summary = "The project charter", description = "Empty with ETag \"0\" until one is saved")
    ResponseEntity<CharterBody> charter(@PathVariable long ws) {
        MethodBoard.Charter c = method.charter(ws);
        return ResponseEntity.ok().eTag(ETags.of(c.tag())).body(CharterBody.of(c.charter()));
    }

    @PutMapping("/charter")
    @Operation(summary = "Replace the project charter", description = "If-Match required (\"0\" for the first save)")
    ResponseEntity<CharterBody> replaceCharter(@PathVariable long ws,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody CharterBody body) {
        MethodBoard.Charter c = method.replaceCharter(ws, ETags.required(ifMatch), new ProjectCharter(body.purpose(),
                body.scope(), body.sponsor(), body.stakeholders(), body.startDate(), body.endDate(), body.deliverables()));
        return ResponseEntity.ok().eTag(ETags.of(c.tag())).body(CharterBody.of(c.charter()));
    }

    // ---- RACI

    /** @param assignments role → letters, e.g. {"Sponsor": "A", "Project lead": "R"} */
    record ActivityBody(MethodPhase phase, @NotNull @Size(min = 1, max = 200) String name,
                        @Size(max = 50) Map<String, String> assignments) {
    }

    record RaciBody(@NotNull @Size(max = 50) List<@NotNull @Size(min = 1, max = 100) String> roles,
                    @NotNull @Size(max = 200) List<@NotNull @Valid ActivityBody> activities) {
    }

    record ActivityView(MethodPhase phase, String phaseTitle, String name, Map<String, String> assignments) {
    }

    record RaciView(List<String> roles, List<ActivityView> activities, boolean valid, List<RaciViolation> violations,
                    boolean saved) {
        static RaciView of(MethodBoard.RaciState s) {
            return new RaciView(s.matrix().roles(), s.matrix().activities().stream().map(a -> {
                Map<String, String> cells = new LinkedHashMap<>();
                s.matrix().roles().forEach(r -> cells.put(r, Raci.format(a.assignments().getOrDefault(r, Set.of()))));
                a.assignments().forEach((r, l) -> cells.putIfAbsent(r, Raci.format(l)));
                return new ActivityView(a.phase(), a.phase() == null ? null : a.phase().title(), a.name(), cells);
            }).toList(), s.valid(), s.violations(), s.saved());
        }
    }

    @GetMapping("/raci")
    @Operation(summary = "The RACI matrix with its violations",
            description = "Until one is saved: the method's default (every step of the three phases), ETag \"0\"")
    ResponseEntity<RaciView> raci(@PathVariable long ws) {
        MethodBoard.RaciState s = method.raci(ws);
        return ResponseEntity.ok().eTag(ETags.of(s.tag())).body(RaciView.of(s));
    }

    @PutMapping("/raci")
    @Operation(summary = "Replace the RACI matrix",
            description = "If-Match required. A matrix that breaks a rule (exactly one A and at least one R per "
                    + "activity, letters on declared roles only) is stored all the same so no work is lost; the "
                    + "answer says valid=false and lists every violation with its activity and role.")
    ResponseEntity<RaciView> replaceRaci(@PathVariable long ws,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody RaciBody body) {
        String tag = ETags.required(ifMatch);
        List<RaciMatrix.Activity> activities = body.activities().stream().map(a -> {
            Map<String, Set<Raci>> cells = new LinkedHashMap<>();
            if (a.assignments() != null) {
                a.assignments().forEach((role, letters) -> {
                    try {
                        Set<Raci> parsed = Raci.parse(letters);
                        if (!parsed.isEmpty()) {
                            cells.put(role, parsed);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new InvalidRequestException("activity '" + a.name() + "', role '" + role + "': " + e.getMessage());
                    }
                });
            }
            return new RaciMatrix.Activity(a.phase(), a.name().strip(), cells);
        }).toList();
        MethodBoard.RaciState s = method.replaceRaci(ws, tag,
                new RaciMatrix(body.roles().stream().map(String::strip).toList(), activities));
        return ResponseEntity.ok().eTag(ETags.of(s.tag())).body(RaciView.of(s));
    }

    // ---- scores and shortlist

    @GetMapping("/processes/{p}/scores")
    @Operation(summary = "A process's scores against the goals", description = "{goalId: 0..5}")
    Map<Long, Integer> scores(@PathVariable long ws, @PathVariable("p") long processId) {
        return method.scores(ws, processId);
    }

    @PutMapping("/processes/{p}/scores")
    @Operation(summary = "Score a process against goals",
            description = "{goalId: 0..5}; null clears a score, goals not mentioned keep theirs. Answers all the "
                    + "process's scores.")
    Map<Long, Integer> setScores(@PathVariable long ws, @PathVariable("p") long processId,
                                 @RequestBody Map<Long, Integer> body) {
        return method.setScores(ws, processId, body);
    }

    record TermView(long goalId, String goal, double weight, Integer score, double weighted) {
    }

    record RankedView(int rank, long processId, String name, int level, double total, boolean shortlisted,
                      List<TermView> terms, String explanation) {
    }

    record ShortlistView(Integer top, Double threshold, String rule, String formula, List<RankedView> ranking) {
    }

    @GetMapping("/shortlist")
    @Operation(summary = "Processes ranked by their weighted goal scores, the shortlist marked",
            description = "total = Σ(weight·score) / Σ(weight), 0..5, unscored goals count 0; ties by level, name, "
                    + "id. shortlisted = within the top N and at or above the threshold (whichever are given; "
                    + "top 5 when neither is).")
    ShortlistView shortlist(@PathVariable long ws, @RequestParam(required = false) Integer top,
                            @RequestParam(required = false) Double threshold) {
        Shortlisting.Rule rule;
        try {
            rule = top == null && threshold == null ? Shortlisting.Rule.DEFAULT : new Shortlisting.Rule(top, threshold);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        Shortlisting.Result r = method.shortlist(ws, rule);
        return new ShortlistView(rule.top(), rule.threshold(), r.ruleText(), "Σ(weight·score) / Σ(weight)",
                r.ranking().stream().map(x -> new RankedView(x.rank(), x.process().id(), x.process().name(),
                        x.process().level(), x.total(), x.shortlisted(), x.terms().stream()
                        .map(t -> new TermView(t.goalId(), t.goalName(), t.weight(), t.score(), t.weighted())).toList(),
                        x.explanation())).toList());
    }

    // ---- catalogue import

    record ImportView(int created, List<ProcessController.ProcessView> processes) {
    }

    @PostMapping(path = "/processes/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import catalogue processes from CSV",
            description = "Header id,name,level,parent (id and parent optional; parent by id or name in the file, or "
                    + "an existing process by name or number). All or nothing: 422 with every row error otherwise.")
    ResponseEntity<ImportView> importCsv(@PathVariable long ws, @RequestBody byte[] body) {
        if (body.length > MAX_CSV_BYTES) {
            throw new PayloadTooLargeException(MAX_CSV_BYTES);
        }
        List<CatalogueProcess> created = method.importCatalogue(ws, new String(body, StandardCharsets.UTF_8));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportView(created.size(), created.stream().map(ProcessController.ProcessView::of).toList()));
    }

    @ExceptionHandler(CatalogueImportException.class)
    ResponseEntity<ProblemDetail> importRejected(CatalogueImportException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "catalogue-rejected",
                "Catalogue CSV rejected", e.getMessage());
        List<CatalogueCsv.RowError> errors = e.errors();
        p.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(p);
    }
}
