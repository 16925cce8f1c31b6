package com.gapwise.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data repositories of the access side; package-private, used through the services only. */
final class AccessRepositories {

    private AccessRepositories() {
    }

    interface Users extends JpaRepository<AppUser, Long> {
        Optional<AppUser> findByUsername(String username);

        List<AppUser> findAllByOrderByUsernameAsc();
    }

    interface Memberships extends JpaRepository<Membership, Membership.Key> {
        boolean existsByWorkspaceIdAndUserId(Long workspaceId, Long userId);

        List<Membership> findByWorkspaceId(Long workspaceId);

        @Query("select m.workspaceId from Membership m where m.userId = :user")
        List<Long> workspaceIds(@Param("user") Long userId);
    }

    interface Tokens extends JpaRepository<ApiToken, Long> {
        List<ApiToken> findByUserIdOrderByIdAsc(Long userId);

        Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

        /** The hot path of every token request: one indexed lookup by the secret's hash. */
        @Query("select u from ApiToken t, AppUser u where t.userId = u.id and t.secretHash = :hash")
        Optional<AppUser> ownerOf(@Param("hash") String secretHash);
    }

    interface AuditEvents extends JpaRepository<AuditEvent, Long> {
        Page<AuditEvent> findAllByOrderByIdDesc(Pageable page);
    }
}
