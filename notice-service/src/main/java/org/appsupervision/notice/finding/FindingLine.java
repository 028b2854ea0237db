package org.appsupervision.notice.finding;

import java.util.List;

/**
 * One finding as it arrives in an import (a CSV record or an NDJSON line) or in a JSON list: the app
 * and its operator, the tested version and source store, the problem codes and the evidence.
 *
 * @param detectedAt ISO-8601 date-time with offset (2021-11-03T10:15:00+08:00) or a date (taken at 00:00 Beijing time)
 * @param observedFlows optional: the personal information the app was seen collecting or sharing (JSON and NDJSON
 *        only; a CSV file has no column for them)
 */
public record FindingLine(
        String packageName,
        String appName,
        String version,
        String sourceStore,
        List<String> problems,
        String evidence,
        List<String> references,
        String detectedAt,
        String operatorName,
        String operatorCreditCode,
        String filingNumber,
        List<ObservedFlow> observedFlows) {

    /** A finding without observed data flows (every CSV line). */
    public FindingLine(String packageName, String appName, String version, String sourceStore, List<String> problems,
            String evidence, List<String> references, String detectedAt, String operatorName,
            String operatorCreditCode, String filingNumber) {
        this(packageName, appName, version, sourceStore, problems, evidence, references, detectedAt, operatorName,
                operatorCreditCode, filingNumber, null);
    }

    /**
     * A data flow the detection observed: the app COLLECTED a kind of personal information (see the reference list
     * of personal-information kinds), or SHARED it with a recipient (a third party, by name).
     */
    public record ObservedFlow(String activity, String kind, String recipient) {
    }

    /** The CSV header, in this order; {@code problems} and {@code references} hold values separated by ';'. */
    public static final List<String> CSV_COLUMNS = List.of("packageName", "appName", "version", "sourceStore",
            "problems", "evidence", "references", "detectedAt", "operatorName", "operatorCreditCode", "filingNumber");
}
