package com.gapwise.access;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated user of a request: the principal of every authentication Gapwise makes. */
public record AccessUser(long id, String username, Role role) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, role.authorities());
    }

    /** The user of the current request, if it is authenticated. */
    public static Optional<AccessUser> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof AccessUser u ? Optional.of(u) : Optional.empty();
    }
}
