package org.appsupervision.notice.operator;

import java.util.Optional;
import java.util.regex.Pattern;

/** An Android package name: two or more dot-separated segments, each starting with a letter, only [A-Za-z0-9_]. */
public final class AndroidPackageName {

    public static final String REGEX = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

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
        if (!PATTERN.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not an Android package name");
        }
        return Optional.empty();
    }
}
