package com.gapwise.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users, memberships, personal API tokens and the audit log. Who may call what is decided by the path
 * rules of {@link SecurityConfig}, not here.
 */
@RestController
@Validated
@Tag(name = "Access", description = "Users and roles, workspace members, personal API tokens, audit log")
class AccessController {

    record Me(String username, Role role) {
    }

    record UserView(String username, Role role, Instant createdAt) {
        static UserView of(AppUser u) {
            return new UserView(u.getUsername(), u.getRole(), u.getCreatedAt());
        }
    }

    record NewUser(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 72) String password,
                   @NotNull Role role) {
    }

    /** Either or both; an absent field stays as it is. */
    record UserChange(Role role, @Size(max = 72) String password) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    record TokenView(long id, String name, String hint, Instant createdAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), t.getHint() + "…", t.getCreatedAt());
        }
    }

    /** The secret is in this answer only: it is not stored and cannot be shown again. */
    record CreatedToken(long id, String name, String hint, Instant createdAt, String token) {
    }

    record AuditView(long id, Instant at, String username, String action, Long workspaceId, String target,
                     String detail) {
        static AuditView of(AuditEvent e) {
            return new AuditView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getWorkspaceId(),
                    e.getTarget(), e.getDetail());
        }
    }

    record AuditPage(int page, int size, long total, List<AuditView> items) {
    }

    private final Users users;
    private final Members members;
    private final ApiTokens tokens;
    private final AuditLog audit;

    AccessController(Users users, Members members, ApiTokens tokens, AuditLog audit) {
        this.users = users;
        this.members = members;
        this.tokens = tokens;
        this.audit = audit;
    }

    private static AccessUser me() {
        return AccessUser.current().orElseThrow(() -> new IllegalStateException("no authenticated user"));
    }

    @GetMapping("/api/me")
    @Operation(summary = "The current user and role")
    Me whoAmI() {
        AccessUser u = me();
        return new Me(u.username(), u.role());
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "List my API tokens", description = "Names and the first characters only; never the secret")
    List<TokenView> myTokens() {
        return tokens.of(me()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/api/me/tokens")
    @Operation(summary = "Create an API token",
            description = "Answers the secret once; send it as `Authorization: Bearer <token>`")
    ResponseEntity<CreatedToken> createToken(@Valid @RequestBody NewToken body) {
        ApiTokens.Created c = tokens.create(me(), body.name());
        ApiToken t = c.token();
        return ResponseEntity.created(URI.create("/api/me/tokens/" + t.getId()))
                .body(new CreatedToken(t.getId(), t.getName(), t.getHint() + "…", t.getCreatedAt(), c.secret()));
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revokeToken(@PathVariable long id) {
        tokens.revoke(me(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "List users (admin)")
    List<UserView> listUsers() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/admin/users")
    @Operation(summary = "Create a user (admin)", description = "Password: 8 to 72 characters, stored as a bcrypt hash")
    ResponseEntity<UserView> createUser(@Valid @RequestBody NewUser body) {
        AppUser u = users.create(body.username(), body.password(), body.role());
        return ResponseEntity.created(URI.create("/api/admin/users/" + u.getUsername())).body(UserView.of(u));
    }

    @PatchMapping(path = "/api/admin/users/{name}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a user's role or password (admin)")
    UserView changeUser(@PathVariable String name, @Valid @RequestBody UserChange body) {
        return UserView.of(users.update(name, body.role(), body.password()));
    }

    @DeleteMapping("/api/admin/users/{name}")
    @Operation(summary = "Delete a user (admin)", description = "Their tokens and memberships go with them")
    ResponseEntity<Void> deleteUser(@PathVariable String name) {
        users.delete(name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/workspaces/{ws}/members")
    @Operation(summary = "List the workspace's members")
    List<Members.Member> listMembers(@PathVariable long ws) {
        return members.of(ws);
    }

    @PutMapping("/api/workspaces/{ws}/members/{user}")
    @Operation(summary = "Add a user to the workspace (admin)", description = "201 when added, 200 when already a member")
    ResponseEntity<List<Members.Member>> addMember(@PathVariable long ws, @PathVariable String user) {
        boolean added = members.add(ws, user);
        return ResponseEntity.status(added ? 201 : 200).body(members.of(ws));
    }

    @DeleteMapping("/api/workspaces/{ws}/members/{user}")
    @Operation(summary = "Remove a user from the workspace (admin)")
    ResponseEntity<Void> removeMember(@PathVariable long ws, @PathVariable String user) {
        members.remove(ws, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Audit log, newest first (admin)",
            description = "Who changed what: uploads, decisions, deletions, users, members, tokens, logins")
    AuditPage auditLog(@RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Page<AuditEvent> p = audit.page(page, size);
        return new AuditPage(page, size, p.getTotalElements(), p.getContent().stream().map(AuditView::of).toList());
    }
}
