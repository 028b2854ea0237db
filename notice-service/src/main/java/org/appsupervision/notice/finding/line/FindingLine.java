package org.appsupervision.notice.finding.line;

import java.util.List;

/**
 * One finding as it arrives in an import (a CSV record or an NDJSON line) or in a JSON list: the app
 * and its operator, the tested version and source store, the problem codes and the evidence.
 *
 * @param detectedAt ISO-8601 date-time with offset (2021-11-03T10:15:00+08:00) or a date (taken at 00:00 Beijing time)
 * @param observedFlows optional: the personal information the app was seen collecting or sharing (JSON and NDJSON
 *        only; a CSV file has no column for them)
 * @param sdk optional: the registry code of the SDK that performed the behaviour
 * @param sdkVersion optional: that SDK's version (needs {@code sdk} or a recognised {@code sdkPackage})
 * @param sdkPackage optional: the class or package where detection saw the behaviour; without {@code sdk}, the SDK
 *        is the one whose registered prefix covers it (the longest)
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
        List<ObservedFlow> observedFlows,
        String sdk,
        String sdkVersion,
        String sdkPackage) {

    /** A finding naming no SDK. */
    public FindingLine(String packageName, String appName, String version, String sourceStore, List<String> problems,
            String evidence, List<String> references, String detectedAt, String operatorName,
            String operatorCreditCode, String filingNumber, List<ObservedFlow> observedFlows) {
        this(packageName, appName, version, sourceStore, problems, evidence, references, detectedAt, operatorName,
                operatorCreditCode, filingNumber, observedFlows, null, null, null);
    }

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

    /** Whether the line names an SDK (by code, version or package). */
    public boolean namesSdk() {
        return sdk != null || sdkVersion != null || sdkPackage != null;
    }

    /** The optional CSV columns naming the SDK, after the others: sdk, sdkVersion, sdkPackage. */
    public static final List<String> SDK_COLUMNS = List.of("sdk", "sdkVersion", "sdkPackage");

    /** The CSV header, in this order; {@code problems} and {@code references} hold values separated by ';'. */
    public static final List<String> CSV_COLUMNS = List.of("packageName", "appName", "version", "sourceStore",
            "problems", "evidence", "references", "detectedAt", "operatorName", "operatorCreditCode", "filingNumber");
}
