package org.appsupervision.appstore.preinstallation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a device model line (机型系列) such as "荣耀 Magic 系列" or "Redmi K 系列": 1 to 64 letters (any
 * script), digits, single spaces and {@code . + - ( ) （ ）}, starting with a letter or digit.
 */
final class ModelLineName {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.+()（）-]| (?! )){0,63}");

    private ModelLineName() {
    }

    /** Why {@code name} is not a model line name, or empty when it is one. */
    static Optional<String> problem(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(" ")) {
            return Optional.of("must be 1 to 64 letters, digits, single spaces or . + - ( ), starting with a letter"
                    + " or digit");
        }
        return Optional.empty();
    }
}
