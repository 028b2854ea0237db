package org.appsupervision.notice.notice;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The authority that found a notice item and lists it in its own annex: the ministry ({@link #MINISTRY}) or one
 * provincial bureau (its GB/T 2260 province code). Annexes follow the real notices: the ministry's first, then the
 * bureaus' by province code.
 */
public final class ReportingAuthority {

    public static final String MINISTRY = "MINISTRY";
    public static final String MINISTRY_NAME = "工业和信息化部";
    /** What a request or an archive line may give: {@code MINISTRY} or a two-digit province code. */
    public static final String CODE = "MINISTRY|[0-9]{2}";
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

    /** The ministry first, then the bureaus by province code. */
    public static final Comparator<String> ANNEX_ORDER = Comparator
            .comparing((String code) -> !MINISTRY.equals(code)).thenComparing(Comparator.naturalOrder());

    private ReportingAuthority() {
    }

    public static boolean wellFormed(String code) {
        return code != null && CODE_PATTERN.matcher(code).matches();
    }

    /** A province code, or null for the ministry. */
    public static String provinceOf(String code) {
        return MINISTRY.equals(code) ? null : code;
    }
}
