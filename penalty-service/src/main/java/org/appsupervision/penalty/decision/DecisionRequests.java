package org.appsupervision.penalty.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the decision's steps; {@code on} is the day of the act, today if absent. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    /** Closing a case (结案). */
    public record Closing(@NotNull Outcome outcome, @Size(max = 2000) String reason, LocalDate on) {
    }

    /** How a case ends (the outcomes CaseClosed carries). */
    public enum Outcome {
        EXECUTED,
        NO_PENALTY,
        DISMISSED,
        TRANSFERRED
    }
}
