package org.appsupervision.penalty.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

/**
 * The bodies of the procedure's steps. Every {@code on} is the day the act happened when it is
 * recorded after the fact; today if absent.
 */
public final class ProcedureRequests {

    private ProcedureRequests() {
    }

    /** A step that needs only its day. */
    public record Dated(LocalDate on) {
    }

    /** An officer who takes part in the investigation (调查取证). */
    public record Investigator(@NotBlank @Size(max = 100) String name) {
    }

    /** The end of the investigation: what it established and whether the case is serious (情节严重). */
    public record Findings(@NotBlank @Size(max = 10000) String findings, boolean serious,
            @DecimalMin("0.00") BigDecimal illegalGainsCny, @DecimalMin("0.00") BigDecimal previousYearTurnoverCny,
            LocalDate on) {
    }

    /** The legal review (法制审核) of a case. */
    public record LegalReview(@NotBlank @Size(max = 10000) String opinion, LocalDate on) {
    }

    /** Penalties intended (prior notice) or decided, on a legal basis. */
    public record Penalties(@NotBlank String legalBasis, @NotEmpty @Size(max = 20) List<@Valid @NotNull PenaltyItem> penalties,
            @Size(max = 10000) String reasons, LocalDate on) {
    }

    /** The party's statement and defence (陈述申辩). */
    public record Statement(@NotBlank @Size(max = 20000) String statement, LocalDate on) {
    }

    /** The day of the hearing and the day the party is notified of it. */
    public record HearingSchedule(@NotNull LocalDate hearingOn, LocalDate noticeOn) {
    }

    /** The record of a hearing held. */
    public record HearingRecord(@NotBlank @Size(max = 20000) String record, LocalDate on) {
    }

    /** Extending the 90-day decision time limit, with the reason. */
    public record Extension(@NotBlank @Size(max = 2000) String reason, @Min(1) @Max(90) int days) {
    }
}
