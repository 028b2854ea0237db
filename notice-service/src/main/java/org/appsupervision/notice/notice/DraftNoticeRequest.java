package org.appsupervision.notice.notice;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
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
import java.util.UUID;
import org.appsupervision.notice.operator.CreditCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What an official submits to draft a notice: its kind, title and the items it names (apps, and on rectification and
 * re-check notices also third-party SDKs, told apart by an item's {@code subject}); for rectification
 * and re-check notices the time allowed (default 7 calendar days after publication), and optionally the
 * earlier published notice this one withdraws.
 */
public record DraftNoticeRequest(
        @NotNull NoticeKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 20000) List<@NotNull @Valid Entry> apps,
        @Min(1) @Max(90) Integer rectificationDays,
        Boolean workingDays,
        LocalDate deadline,
        UUID withdrawsNoticeId) {

    public DraftNoticeRequest(NoticeKind kind, String title, List<? extends Entry> apps, NoticeTerms terms) {
        this(kind, title, List.copyOf(apps), terms.rectificationDays(), terms.workingDays(), terms.deadline(),
                terms.withdrawsNoticeId());
    }

    public NoticeTerms terms() {
        return new NoticeTerms(rectificationDays, workingDays, deadline, withdrawsNoticeId);
    }

    /** Android package name: two or more dot-separated segments, each starting with a letter. */
    public static final String PACKAGE_NAME = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+";

    /** Store code as the store registry keys it. */
    public static final String STORE_CODE = "[a-z0-9][a-z0-9-]{1,31}";

    /** A registry code of a third-party SDK. */
    public static final String SDK_CODE = "[a-z0-9][a-z0-9-]{1,62}";

    /**
     * One item of the notice's table: an app ({@code "subject": "APP"} or no subject) or a third-party SDK
     * ({@code "subject": "SDK"}). Strict like every body: a field the item's subject does not take is refused.
     */
    @Schema(oneOf = {AppEntry.class, SdkEntry.class}, description = "An app (no subject, or subject APP) or a "
            + "third-party SDK (subject SDK) of the notice's table")
    @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "subject",
            defaultImpl = AppEntry.class)
    @JsonTypeIdResolver(EntrySubjects.class)
    public sealed interface Entry permits AppEntry, SdkEntry {

        UUID itemId();

        /** The item's problem codes (the same field for both subjects). */
        List<String> problems();
    }

    /**
     * One SDK of the notice's table, by its registry code: the versions at fault (each listed by the registry) and
     * the problems. Its provider, from the registry, is the party that rectifies. {@code itemId} keeps an item of the
     * draft when editing, as for apps; {@code reportedBy} as for apps.
     */
    @Schema(requiredProperties = {"subject", "sdk", "sdkVersions", "problems"}, properties = @SchemaProperty(
            name = "subject", type = SchemaType.STRING, enumeration = "SDK", description = "SDK: this item names a third-party SDK"))
    public record SdkEntry(
            @NotBlank @Size(max = 63) @Pattern(regexp = SDK_CODE, message = "is not an SDK code") String sdk,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> sdkVersions,
            @NotEmpty @Size(max = 20) List<@NotBlank String> problems,
            UUID itemId,
            @Pattern(regexp = ReportingAuthority.CODE, message = "is MINISTRY or a two-digit province code") String reportedBy)
            implements Entry {

        public SdkEntry(String sdk, List<String> sdkVersions, List<String> problems) {
            this(sdk, sdkVersions, problems, null, null);
        }
    }

    /**
     * One app of the notice's table. An empty store list orders every registered store. When editing a draft,
     * {@code itemId} names the item of the draft this entry keeps (with its links to findings and source items);
     * an entry without one is a new item, and an item no entry names is removed with its links.
     * {@code reportedBy} names the authority whose annex lists the app ({@code MINISTRY} or a province code); left
     * out, it is derived from the app's findings or source item (see ReportingAuthorities).
     */
    @Schema(properties = @SchemaProperty(name = "subject", type = SchemaType.STRING, enumeration = "APP",
            description = "APP or left out: this item names an app"))
    public record AppEntry(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 255) @Pattern(regexp = PACKAGE_NAME, message = "is not an Android package name") String packageName,
            @Size(max = 200) String version,
            @NotNull @Valid OperatorEntry operator,
            @NotEmpty @Size(max = 20) List<@NotBlank String> problems,
            @Size(max = 100) List<@NotNull @Pattern(regexp = STORE_CODE, message = "is not a store code") String> stores,
            @NotNull Boolean refusedRectification,
            UUID itemId,
            @Pattern(regexp = ReportingAuthority.CODE, message = "is MINISTRY or a two-digit province code") String reportedBy)
            implements Entry {

        /** An app whose reporting authority is derived. */
        public AppEntry(String name, String packageName, String version, OperatorEntry operator, List<String> problems,
                List<String> stores, Boolean refusedRectification, UUID itemId) {
            this(name, packageName, version, operator, problems, stores, refusedRectification, itemId, null);
        }
    }

    /** The app's operator (APP运营主体). */
    public record OperatorEntry(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @CreditCode String creditCode) {
    }
}
