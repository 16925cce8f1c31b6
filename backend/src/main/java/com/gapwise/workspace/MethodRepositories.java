package com.gapwise.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repositories of the method deliverables; package-private, used through {@link MethodBoard}. */
final class MethodRepositories {

    private MethodRepositories() {
    }

    interface Charters extends JpaRepository<CharterRow, Long> {
    }

    interface RaciRows extends JpaRepository<RaciRow, Long> {
    }

    interface Scores extends JpaRepository<ProcessGoalScore, Long> {
        List<ProcessGoalScore> findByProcessId(Long processId);

        @Query("select s from ProcessGoalScore s where s.processId in :ids")
        List<ProcessGoalScore> findByProcessIds(@Param("ids") Collection<Long> processIds);
    }

    interface Metrics extends JpaRepository<SuccessMetric, Long> {
        List<SuccessMetric> findByWorkspaceIdOrderByIdAsc(Long workspaceId);

        Optional<SuccessMetric> findByIdAndWorkspaceId(Long id, Long workspaceId);
    }
}
