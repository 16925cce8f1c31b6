package com.gapwise.web;

import com.gapwise.access.AccessUser;
import com.gapwise.access.Role;
import com.gapwise.spreadsheet.Workbooks;
import com.gapwise.spreadsheet.WorkbookUnreadableException;
import com.gapwise.workspace.WorkbookBoard;
import com.gapwise.workspace.WorkbookRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces/{ws}/workbook")
@Tag(name = "Method")
class WorkbookController {

    private static final MediaType XLSX = MediaType.parseMediaType(Workbooks.MEDIA_TYPE);

    private final WorkbookBoard workbook;

    WorkbookController(WorkbookBoard workbook) {
        this.workbook = workbook;
    }

    @GetMapping(produces = {Workbooks.MEDIA_TYPE, "application/problem+json"})
    @Operation(summary = "Download the analysts' workbook (.xlsx)",
            description = "Sheets Goals, Processes, Scores (process × goal matrix), Requirements, Initiatives and "
                    + "Applications; grey columns are context and ignored on import")
    ResponseEntity<byte[]> export(@PathVariable long ws) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gapwise-workspace-" + ws + ".xlsx\"")
                .body(workbook.export(ws));
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Import an edited workbook",
            description = "All or nothing: every row is checked first; 422 with errors [{sheet, row, column, message}] "
                    + "(row as Excel shows it, column letter) and nothing changed otherwise. Only cells that differ "
                    + "from the workspace change it: goals and processes added or changed, scores, requirement and "
                    + "initiative decisions, applications added or changed (403 when the user is below ARCHITECT). "
                    + "Answers counts of what changed")
    WorkbookBoard.Imported importWorkbook(@PathVariable long ws, HttpServletRequest request) throws IOException {
        byte[] body = ModelController.readBounded(request, Workbooks.MAX_BYTES);
        // the workbook is an analyst's write, but its Applications sheet is architects' business, as /applications is
        boolean architect = AccessUser.current().map(u -> u.role().includes(Role.ARCHITECT)).orElse(false);
        return workbook.importWorkbook(ws, Workbooks.read(body), architect);
    }

    @ExceptionHandler(WorkbookRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(WorkbookRejectedException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "workbook-rejected",
                "Workbook rejected", e.getMessage());
        p.setProperty("errors", e.errors());
        return ResponseEntity.unprocessableEntity().body(p);
    }

    @ExceptionHandler(WorkbookUnreadableException.class)
    ResponseEntity<ProblemDetail> unreadable(WorkbookUnreadableException e) {
        return ResponseEntity.unprocessableEntity().body(ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "workbook-unreadable", "Not a readable workbook", e.getMessage()));
    }
}
