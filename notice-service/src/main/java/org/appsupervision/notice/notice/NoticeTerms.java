package org.appsupervision.notice.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The terms of a notice besides its table: for rectification and re-check notices the time allowed
 * (days after publication, calendar days unless {@code workingDays}, or a fixed {@code deadline});
 * for any notice, the earlier published notice it withdraws.
 */
public record NoticeTerms(
        @Min(1) @Max(90) Integer rectificationDays,
        Boolean workingDays,
        LocalDate deadline,
        UUID withdrawsNoticeId) {

    /** Rectification notices usually allow 5 to 9 calendar days; this is the default. */
    public static final int DEFAULT_RECTIFICATION_DAYS = 7;

    public static final NoticeTerms NONE = new NoticeTerms(null, null, null, null);
}
