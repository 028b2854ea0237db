package org.appsupervision.penalty.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.proposal.SubjectKind;

/**
 * A case opened by hand: the party, the facts, and links to the chain.
 *
 * @param filedOn the day of filing when recorded after the fact; today if absent
 */
public record OpenCaseRequest(
        @NotNull SubjectKind subjectKind,
        @NotBlank @Size(max = 200) String subjectName,
        @NotBlank @Size(max = 64) String subjectCode,
        @Size(max = 300) String subjectAddress,
        @NotBlank @Size(max = 10000) String facts,
        UUID chainId,
        @Size(max = 50) List<@NotNull @Valid Link> links,
        LocalDate filedOn) {

    /** A finding, notice item or order the case rests on. */
    public record Link(@NotNull @Pattern(regexp = "FINDING|NOTICE_ITEM|ORDER") String kind, @NotNull UUID chainId,
            UUID refId) {
    }
}
