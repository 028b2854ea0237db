package org.appsupervision.devstack;

import java.util.List;

/**
 * Text that every service must refuse with a 400 problem naming the field (the suite's shared input
 * check in platform), in the forms tests send it: JSON string escapes and URL percent-escapes.
 */
public final class HostileText {

    /** Inside a JSON string: NUL, a lone high and a lone low surrogate, a C0 control, a noncharacter. */
    public static final List<String> JSON_ESCAPED = List.of("\\u0000", "\\ud800", "\\udc00", "\\u0007", "\\uffff");

    /** Well-formed percent-escapes of text that is refused: NUL, a control, an escape character. */
    public static final List<String> BAD_TEXT_ESCAPES = List.of("%00", "a%00b", "%07", "%1B");

    /**
     * Percent-escapes that are not escapes. In a path or query the HTTP layer answers them with a bare 400
     * before any application code (Quarkus checks the request target as a URI); in a form body they are a
     * {@code /problems/malformed-request} naming the field.
     */
    public static final List<String> MALFORMED_ESCAPES = List.of("%zz", "%", "%4");

    /** Well-formed escapes of bytes that are not UTF-8: a {@code /problems/malformed-request}, never replaced by U+FFFD. */
    public static final List<String> NON_UTF8_ESCAPES = List.of("%e4%b8", "%ff", "%ed%a0%80", "%c0%80");

    /** Both kinds of bad escape. */
    public static final List<String> BAD_PERCENT_ESCAPES = List.of("%zz", "%", "%4", "%e4%b8", "%ff", "%ed%a0%80",
            "%c0%80");

    private HostileText() {
    }
}
