package org.appsupervision.notice.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Draft a re-check or takedown notice from the items of an earlier published notice that were not
 * rectified (pending or found not rectified), and optionally from findings too (the bureaus' detection of the same
 * round); the new items say the operator refused to rectify.
 */
public record DraftFromNoticeRequest(
        @NotNull UUID sourceNoticeId,
        @NotNull NoticeKind kind,
        @NotBlank @Size(max = 300) String title,
        @Min(1) @Max(90) Integer rectificationDays,
        Boolean workingDays,
        LocalDate deadline,
        @Size(max = 20000) List<@NotNull Long> findingIds) {

    NoticeTerms terms() {
        return new NoticeTerms(rectificationDays, workingDays, deadline, null);
    }
}
