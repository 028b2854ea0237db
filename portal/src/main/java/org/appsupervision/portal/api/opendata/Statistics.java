package org.appsupervision.portal.api.opendata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A service's statistics of a range of days: per dataset, its rows (a row per day and key, column to value). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Statistics(LocalDate from, LocalDate to, Map<String, List<Map<String, Object>>> datasets) {
}
