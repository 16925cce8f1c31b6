package com.gapwise.access;

import com.gapwise.workspace.Catalogue;
import com.gapwise.workspace.InvalidRequestException;
import com.gapwise.workspace.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which workspace. Admins see every workspace without being members. */
@Service
public class Members {

    public record Member(String username, Role role, java.time.Instant addedAt) {
    }

    private final AccessRepositories.Memberships memberships;
    private final AccessRepositories.Users users;
    private final Catalogue catalogue;
    private final Clock clock;

    Members(AccessRepositories.Memberships memberships, AccessRepositories.Users users, Catalogue catalogue,
            Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Whether the user may see the workspace at all (as opposed to what their role lets them do in it). */
    @Transactional(readOnly = true)
    public boolean canSee(AccessUser user, long workspaceId) {
        return user.isAdmin() || memberships.existsByWorkspaceIdAndUserId(workspaceId, user.id());
    }

    /** The workspaces of a non-admin user; null for an admin, who sees them all. */
    @Transactional(readOnly = true)
    public Set<Long> visibleWorkspaces(AccessUser user) {
        return user.isAdmin() ? null : Set.copyOf(memberships.workspaceIds(user.id()));
    }

    @Transactional(readOnly = true)
    public List<Member> of(long workspaceId) {
        catalogue.workspace(workspaceId);
        List<Membership> rows = memberships.findByWorkspaceId(workspaceId);
        Map<Long, AppUser> byId = users.findAllById(rows.stream().map(Membership::getUserId).toList()).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        return rows.stream().filter(m -> byId.containsKey(m.getUserId()))
                .map(m -> new Member(byId.get(m.getUserId()).getUsername(), byId.get(m.getUserId()).getRole(),
                        m.getAddedAt()))
                .sorted(Comparator.comparing(Member::username)).toList();
    }

    /** Adds the user to the workspace; true when they were not a member yet. */
    @Transactional
    public boolean add(long workspaceId, String username) {
        catalogue.workspace(workspaceId);
        AppUser u = users.findByUsername(username).orElseThrow(
                () -> new InvalidRequestException("user " + username + " does not exist"));
        if (memberships.existsByWorkspaceIdAndUserId(workspaceId, u.getId())) {
            return false;
        }
        memberships.save(new Membership(workspaceId, u.getId(), clock.instant()));
        return true;
    }

    @Transactional
    public void remove(long workspaceId, String username) {
        catalogue.workspace(workspaceId);
        AppUser u = users.findByUsername(username).orElseThrow(
                () -> new NotFoundException("user " + username + " does not exist"));
        Membership.Key key = new Membership.Key(workspaceId, u.getId());
        if (!memberships.existsById(key)) {
            throw new NotFoundException(username + " is not a member of workspace " + workspaceId);
        }
        memberships.deleteById(key);
    }
}
