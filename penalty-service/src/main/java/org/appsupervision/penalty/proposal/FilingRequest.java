package org.appsupervision.penalty.proposal;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Filing a proposal as a case.
 *
 * @param facts the facts as the bureau states them; the proposal's if absent
 * @param filedOn the day of filing when recorded after the fact; today if absent
 */
public record FilingRequest(@Size(max = 10000) String facts, @Size(max = 300) String subjectAddress, LocalDate filedOn) {
}
