package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** How well one catalogue process serves one goal, 0..5. */
@Entity
class ProcessGoalScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long goalId;
    private int score;

    protected ProcessGoalScore() {
    }

    ProcessGoalScore(Long processId, Long goalId, int score) {
        this.processId = processId;
        this.goalId = goalId;
        this.score = score;
    }

    Long getProcessId() {
        return processId;
    }

    Long getGoalId() {
        return goalId;
    }

    int getScore() {
        return score;
    }

    void setScore(int score) {
        this.score = score;
    }
}
