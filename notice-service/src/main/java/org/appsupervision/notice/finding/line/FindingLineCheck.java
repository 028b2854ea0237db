package org.appsupervision.notice.finding.line;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.operator.AndroidPackageName;
import org.appsupervision.notice.operator.AppFilingNumber;
import org.appsupervision.platform.input.Text;

/**
 * The checks of one finding line against the reference data (known problem codes and provinces): every
 * reason a line is bad, so the import can report them all.
 */
public final class FindingLineCheck {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** PostgreSQL cannot store U+0000 in text; a line holding one is refused, not the whole file. */
    static final String NUL_PROBLEM = "a field holds the character U+0000, which cannot be stored";
    /** An unpaired surrogate (a JSON escape such as \ud800) is not Unicode and would be stored altered. */
    static final String SURROGATE_PROBLEM = "a field holds an unpaired surrogate, which is not valid Unicode";

    private final Set<String> problemCodes;
    private final Set<String> provinceCodes;
    private final Instant now;
    private final Set<String> personalInfoKinds;
    private final SdkCatalog sdks;

    public FindingLineCheck(Set<String> problemCodes, Set<String> provinceCodes, Instant now) {
        this(problemCodes, provinceCodes, now, Set.of());
    }

    /** With the kinds of personal information that observed data flows may name. */
    public FindingLineCheck(Set<String> problemCodes, Set<String> provinceCodes, Instant now,
            Set<String> personalInfoKinds) {
        this(problemCodes, provinceCodes, now, personalInfoKinds, SdkCatalog.EMPTY);
    }

    /** With the SDK registry that findings naming an SDK are checked against. */
    public FindingLineCheck(Set<String> problemCodes, Set<String> provinceCodes, Instant now,
            Set<String> personalInfoKinds, SdkCatalog sdks) {
        this.sdks = sdks;
        this.problemCodes = Set.copyOf(problemCodes);
        this.provinceCodes = Set.copyOf(provinceCodes);
        this.now = now;
        this.personalInfoKinds = Set.copyOf(personalInfoKinds);
    }

    public SdkCatalog sdks() {
        return sdks;
    }

    /** Why the line is bad (empty if it is good). */
    public List<String> problems(FindingLine line) {
        List<String> why = new ArrayList<>(1);
        AndroidPackageName.problem(line.packageName()).ifPresent(r -> why.add("packageName " + r));
        requireText(why, "version", line.version(), 200);
        if (!isStoreCode(line.sourceStore())) {
            why.add("sourceStore '" + quoted(line.sourceStore()) + "' is not a store code");
        }
        if (line.problems() == null || line.problems().isEmpty()) {
            why.add("problems: at least one problem code is needed");
        } else {
            for (String code : line.problems()) {
                if (code == null || !problemCodes.contains(code)) {
                    why.add("unknown problem code '" + quoted(code) + "'");
                }
            }
        }
        if (line.evidence() != null && line.evidence().length() > 10_000) {
            why.add("evidence is longer than 10000 characters");
        }
        if (line.references() != null && line.references().stream().anyMatch(r -> r == null || r.length() > 1000)) {
            why.add("references: each reference has 1 to 1000 characters");
        }
        OffsetDateTime detected = detectedAt(line.detectedAt());
        if (detected == null) {
            why.add("detectedAt '" + quoted(line.detectedAt()) + "' is not a date-time with offset or a date");
        } else if (isFuture(detected.toEpochSecond())) {
            why.add("detectedAt is in the future");
        }
        appProblems(why, line.appName(), line.operatorName(), line.operatorCreditCode(), line.filingNumber());
        ObservedFlowCheck.problems(why, line.observedFlows(), personalInfoKinds);
        if (line.namesSdk()) {
            FindingSdkCheck.problems(why, line, sdks);
        }
        unstorable(why, line.packageName(), line.version(), line.sourceStore(), line.evidence(),
                line.problems() == null ? null : String.join("\n", line.problems()),
                line.references() == null ? null : String.join("\n", line.references()));
        return why;
    }

    /**
     * Adds why the app-level fields of a line are bad: the app's name, its operator's name and credit code (with a
     * known province), the filing number. These repeat on every line of the same app.
     */
    public void appProblems(List<String> why, String appName, String operatorName, String creditCode,
            String filingNumber) {
        requireText(why, "appName", appName, 200);
        requireText(why, "operatorName", operatorName, 200);
        UnifiedSocialCreditCode.problem(creditCode).ifPresentOrElse(
                r -> why.add("operatorCreditCode is not a valid unified social credit code: " + r),
                () -> {
                    String province = UnifiedSocialCreditCode.provinceCode(creditCode);
                    if (!provinceCodes.contains(province)) {
                        why.add("operatorCreditCode: digits 3-4 ('" + province + "') name no province");
                    }
                });
        AppFilingNumber.problem(blankToNull(filingNumber)).ifPresent(r -> why.add("filingNumber " + r));
        unstorable(why, appName, operatorName);
    }

    public Set<String> problemCodes() {
        return problemCodes;
    }

    /** Whether a detection time (seconds since 1970) lies after the moment the import started. */
    public boolean isFuture(long epochSecond) {
        return epochSecond > now.getEpochSecond();
    }

    /** A value quoted in a reason, cut to 100 characters: a bad field may be megabytes long. */
    static String quoted(String value) {
        return value != null && value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    /** Adds why PostgreSQL cannot store some of the texts as they are, once per reason. */
    private static void unstorable(List<String> why, String... texts) {
        boolean nul = false;
        boolean surrogate = false;
        for (String text : texts) {
            nul |= text != null && text.indexOf('\0') >= 0;
            surrogate |= text != null && Text.hasUnpairedSurrogate(text);
        }
        if (nul) {
            why.add(NUL_PROBLEM);
        }
        if (surrogate) {
            why.add(SURROGATE_PROBLEM);
        }
    }


    /** The detection time, or null if the text is neither an offset date-time nor a date. */
    public static OffsetDateTime detectedAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 25 && text.charAt(10) == 'T' && text.charAt(19) == '+') {
                return fast(text);
            }
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(BEIJING) : OffsetDateTime.parse(text);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The text PostgreSQL reads as the detection time of a valid line: a date alone is midnight Beijing time. */
    public static String detectedAtText(String text) {
        return text.length() == 10 ? text + "T00:00:00+08:00" : text;
    }

    /** 2021-10-15T09:30:00+08:00, the common form, without the formatter machinery (imports read millions). */
    private static OffsetDateTime fast(String t) {
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(22) != ':') {
            throw new NumberFormatException(t);
        }
        return OffsetDateTime.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), digits(t, 11, 13),
                digits(t, 14, 16), digits(t, 17, 19), 0,
                ZoneOffset.ofHoursMinutes(digits(t, 20, 22), digits(t, 23, 25)));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isStoreCode(String code) {
        if (code == null || code.length() < 2 || code.length() > 32) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void requireText(List<String> why, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            why.add(field + " is missing");
        } else if (value.length() > max) {
            why.add(field + " is longer than " + max + " characters");
        }
    }
}
