package org.appsupervision.platform.input;

/**
 * The one rule for text the suite accepts: valid Unicode that PostgreSQL can store and XML 1.0 (the Atom
 * feed, the XLSX tables) can carry. Refused: U+0000, the other C0 controls except tab, line feed and
 * carriage return, unpaired surrogates, and the noncharacters U+FFFE and U+FFFF.
 */
public final class Text {

    private Text() {
    }

    /** Why the text cannot be accepted, in a few words, or {@code null} when it can. */
    public static String fault(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    continue;
                }
                return c == 0 ? "contains a NUL character (U+0000), which cannot be stored"
                        : "contains the control character " + codePoint(c) + ", which is not allowed";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate " + codePoint(c) + ": not valid Unicode";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate " + codePoint(c) + ": not valid Unicode";
            }
            if (c == 0xFFFE || c == 0xFFFF) {
                return "contains the noncharacter " + codePoint(c) + ", which is not allowed";
            }
        }
        return null;
    }

    /** Whether the text holds a surrogate that is not half of a pair (which PostgreSQL would store altered). */
    public static boolean hasUnpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text can be accepted. */
    public static boolean acceptable(CharSequence text) {
        return fault(text) == null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
