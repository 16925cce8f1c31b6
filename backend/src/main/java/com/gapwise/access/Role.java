package com.gapwise.access;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** One role per user, each including the ones before it: viewer < analyst < architect < admin. */
public enum Role {
    /** Reads everything in the workspaces they belong to. */
    VIEWER,
    /** Also edits models, the method's documents and the strategy (analyst decisions). */
    ANALYST,
    /** Also edits the application portfolio and posture. */
    ARCHITECT,
    /** Also manages users and workspaces, and sees every workspace. */
    ADMIN;

    /** Whether this role may do what {@code least} may (every role includes the ones before it). */
    public boolean includes(Role least) {
        return ordinal() >= least.ordinal();
    }

    /** ROLE_ authorities of this role and every role below it, so rules can name the least role needed. */
    List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(this::includes)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
