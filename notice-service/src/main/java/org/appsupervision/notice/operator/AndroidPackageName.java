package org.appsupervision.notice.operator;

import java.util.Optional;

/** An Android package name: two or more dot-separated segments, each starting with a letter, only [A-Za-z0-9_]. */
public final class AndroidPackageName {

    public static final String REGEX = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+";

    private AndroidPackageName() {
    }

    /** Why the name is invalid, or empty if it is valid. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is missing");
        }
        if (name.length() > 255) {
            return Optional.of("is longer than 255 characters");
        }
        if (!matches(name)) {
            return Optional.of("'" + name + "' is not an Android package name");
        }
        return Optional.empty();
    }

    /** The same as {@link #REGEX}, without a regular expression: imports check millions of names. */
    private static boolean matches(String name) {
        byte[] ascii = new byte[name.length()];
        for (int i = 0; i < ascii.length; i++) {
            char c = name.charAt(i);
            if (c > 127) {
                return false;
            }
            ascii[i] = (byte) c;
        }
        return matches(ascii, 0, ascii.length);
    }

    /** Whether the bytes from {@code from} to {@code to} are a package name in ASCII (the CSV import's fast path). */
    public static boolean matches(byte[] name, int from, int to) {
        int segments = 1;
        boolean segmentStart = true;
        for (int i = from; i < to; i++) {
            byte c = name[i];
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (segmentStart) {
                if (!letter) {
                    return false;
                }
                segmentStart = false;
            } else if (c == '.') {
                segments++;
                segmentStart = true;
            } else if (!letter && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return !segmentStart && segments >= 2;
    }
}
