package org.appsupervision.notice.duallist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The draft of a dual list for one app version as the enterprise sends it: the personal information the app collects
 * (个人信息收集清单) and what it shares with third parties (第三方共享清单). Kinds are codes of the reference list
 * {@code GET /api/reference/personal-info-kinds}.
 */
public record DualListRequest(
        @NotBlank @Size(max = 255) String packageName,
        @NotBlank @Size(max = 200) String appVersion,
        @NotNull @Size(max = 200) List<@NotNull @Valid Collected> collected,
        @NotNull @Size(max = 200) List<@NotNull @Valid Shared> shared) {

    /** One row of the collection list: which kind, what for, in which scenario of the app. */
    public record Collected(
            @NotBlank @Size(max = 64) String kind,
            @NotBlank @Size(max = 500) String purpose,
            @NotBlank @Size(max = 500) String scenario) {
    }

    /** One row of the sharing list: with whom, which kind, what for, in which scenario, and how (SDK, API ...). */
    public record Shared(
            @NotBlank @Size(max = 200) String recipient,
            @NotBlank @Size(max = 64) String kind,
            @NotBlank @Size(max = 500) String purpose,
            @NotBlank @Size(max = 500) String scenario,
            @NotBlank @Size(max = 200) String method) {
    }
}
