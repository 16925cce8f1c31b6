package com.gapwise.access;

import com.gapwise.workspace.InvalidRequestException;
import com.gapwise.workspace.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: create, change role or password, delete. Passwords are stored as bcrypt hashes only. */
@Service
public class Users {

    static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final AccessRepositories.Users users;
    private final PasswordEncoder encoder;
    private final PasswordLogin logins;
    private final ApiTokens tokens;
    private final Clock clock;

    Users(AccessRepositories.Users users, PasswordEncoder encoder, PasswordLogin logins, ApiTokens tokens,
          Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.logins = logins;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public AppUser byName(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user " + username
                + " does not exist"));
    }

    @Transactional(readOnly = true)
    Optional<AccessUser> principal(long id) {
        return users.findById(id).map(AppUser::principal);
    }

    @Transactional(readOnly = true)
    long count() {
        return users.count();
    }

    @Transactional
    public AppUser create(String username, String password, Role role) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new InvalidRequestException("a username has 1 to 100 letters, digits or . _ @ -");
        }
        if (role == null) {
            throw new InvalidRequestException("role is required: VIEWER, ANALYST, ARCHITECT or ADMIN");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidRequestException("user " + username + " already exists");
        }
        try {
            return users.saveAndFlush(new AppUser(username, hash(password), role, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidRequestException("user " + username + " already exists");
        }
    }

    /** Changes the role and/or the password; null leaves it. Cached Basic credentials are forgotten. */
    @Transactional
    public AppUser update(String username, Role role, String password) {
        AppUser u = byName(username);
        if (role != null) {
            if (u.getRole() == Role.ADMIN && role != Role.ADMIN) {
                requireAnotherAdmin(u);
            }
            u.setRole(role);
        }
        if (password != null) {
            u.setPasswordHash(hash(password));
        }
        forgetCachedCredentials();
        return u;
    }

    @Transactional
    public void delete(String username) {
        AppUser u = byName(username);
        if (u.getRole() == Role.ADMIN) {
            requireAnotherAdmin(u);
        }
        users.delete(u);
        forgetCachedCredentials();
    }

    /** The first start's admin; false when another instance created it at the same time. */
    @Transactional
    boolean createFirstAdmin(String password) {
        if (users.count() > 0) {
            return false;
        }
        try {
            users.saveAndFlush(new AppUser("admin", encoder.encode(password), Role.ADMIN, clock.instant()));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** A changed or deleted user must not be let in on what was verified before: cached Basic logins and token owners. */
    private void forgetCachedCredentials() {
        logins.forgetVerified();
        tokens.forgetOwners();
    }

    private void requireAnotherAdmin(AppUser u) {
        boolean another = users.findAll().stream().anyMatch(o -> o.getRole() == Role.ADMIN && !o.getId().equals(u.getId()));
        if (!another) {
            throw new InvalidRequestException("user " + u.getUsername() + " is the last admin: make another admin first");
        }
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.isBlank()) {
            throw new InvalidRequestException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 72) {
            // bcrypt reads 72 bytes at most; a longer password would silently be cut
            throw new InvalidRequestException("a password has at most 72 characters");
        }
        return encoder.encode(password);
    }
}
