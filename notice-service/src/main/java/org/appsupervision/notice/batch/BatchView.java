package org.appsupervision.notice.batch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A detection batch as the API shows it, with how many findings it holds. */
public record BatchView(UUID id, String title, DetectionBatch.RunBy runBy, String provinceCode, String bureauZh,
        LocalDate runFrom, LocalDate runTo, int appsTested, long findingCount, String recordedBy, Instant recordedAt,
        DetectionBatch.Kind kind) {

    /**
     * What an official or a bureau officer submits to record a batch. A bureau officer's batch is
     * always their own province's; {@code provinceCode} may be omitted and must match if given.
     */
    public record BatchRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull DetectionBatch.RunBy runBy,
            @Pattern(regexp = "\\d{2}", message = "is not a GB/T 2260 province code") String provinceCode,
            @NotNull LocalDate runFrom,
            @NotNull LocalDate runTo,
            @NotNull @Min(0) @Max(100_000_000) Integer appsTested) {
    }
}
