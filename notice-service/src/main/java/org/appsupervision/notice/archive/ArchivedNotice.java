package org.appsupervision.notice.archive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.notice.notice.DraftNoticeRequest;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.ReportingAuthority;
import org.appsupervision.notice.operator.CreditCode;

/**
 * One line of an archive file: a notice published before (or outside) this system, as it was published: its kind,
 * real title, publication date, batch numbers, deadline, and its annexes, one per reporting authority, with their
 * rows.
 */
public record ArchivedNotice(
        @NotNull NoticeKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate publishedOn,
        @Valid Batch batch,
        LocalDate deadline,
        @Size(max = 500) String source,
        @Size(max = 2000) String note,
        @NotEmpty @Size(max = 40) List<@NotNull @Valid Annex> annexes) {

    /** The batch numbers in the title: 〈year〉年第〈yearly〉批, 总第〈cumulative〉批. */
    public record Batch(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Min(1) @Max(1000) Integer yearly,
            @NotNull @Min(1) @Max(100_000) Integer cumulative) {
    }

    /** One annex: the authority whose list it is (MINISTRY or a province code) and its apps. */
    public record Annex(
            @NotNull @Pattern(regexp = ReportingAuthority.CODE, message = "is MINISTRY or a two-digit province code") String authority,
            @NotEmpty @Size(max = 5000) List<@NotNull @Valid Item> items) {
    }

    /** One app of an annex; the document shows a row per store. The package name is optional: old tables name none. */
    public record Item(
            @NotBlank @Size(max = 200) String app,
            @Size(max = 255) @Pattern(regexp = DraftNoticeRequest.PACKAGE_NAME, message = "is not an Android package name") String packageName,
            @Size(max = 200) String version,
            @NotNull @Valid Operator operator,
            @Size(max = 100) List<@NotNull @Pattern(regexp = DraftNoticeRequest.STORE_CODE, message = "is not a store code") String> stores,
            @NotEmpty @Size(max = 20) List<@NotBlank String> problems) {
    }

    /** The app's operator (APP运营主体) with its unified social credit code. */
    public record Operator(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @CreditCode String creditCode) {
    }
}
