package org.appsupervision.notice.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Draft a notice from findings: one row per app, with the stores, versions and problems of its findings. */
public record DraftFromFindingsRequest(
        @NotNull NoticeKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 20000) List<@NotNull Long> findingIds,
        Boolean refusedRectification,
        @Min(1) @Max(90) Integer rectificationDays,
        Boolean workingDays,
        LocalDate deadline,
        UUID withdrawsNoticeId) {

    NoticeTerms terms() {
        return new NoticeTerms(rectificationDays, workingDays, deadline, withdrawsNoticeId);
    }
}
