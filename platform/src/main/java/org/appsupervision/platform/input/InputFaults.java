package org.appsupervision.platform.input;

import java.util.List;
import org.appsupervision.platform.problem.Problem;

/** Builds the field errors of {@link RequestTextCheck}: which parameter, and why. */
final class InputFaults {

    private static final int LONGEST_NAME = 60;

    private InputFaults() {
    }

    static void add(List<Problem.FieldError> errors, String name, String value) {
        errors.addAll(of(name, value));
    }

    static List<Problem.FieldError> of(String name, String value) {
        String fault = Text.fault(value);
        return fault == null ? List.of() : List.of(new Problem.FieldError(shown(name), "The value " + fault));
    }

    /** Adds the faults of an {@code a=1&b=2} string: bad escapes to {@code malformed}, bad text to {@code invalid}. */
    static void inEncodedPairs(String raw, String what, List<Problem.FieldError> malformed,
            List<Problem.FieldError> invalid) {
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            PercentEncoded.Decoded name = PercentEncoded.decode(eq < 0 ? pair : pair.substring(0, eq), true);
            if (name.fault() != null) {
                malformed.add(new Problem.FieldError(what, "A " + what + " name " + name.fault()));
                continue;
            }
            invalid.addAll(inEncodedPair(name.text(), eq < 0 ? "" : pair.substring(eq + 1), what, malformed));
        }
    }

    /** Faults of one decoded name and raw value: a bad escape goes to {@code malformed}, bad text is returned. */
    static List<Problem.FieldError> inEncodedPair(String name, String rawValue, String what,
            List<Problem.FieldError> malformed) {
        String nameFault = Text.fault(name);
        if (nameFault != null) {
            return List.of(new Problem.FieldError(what, "A " + what + " name " + nameFault));
        }
        PercentEncoded.Decoded value = PercentEncoded.decode(rawValue, true);
        if (value.fault() != null) {
            malformed.add(new Problem.FieldError(shown(name), "The value " + value.fault()));
            return List.of();
        }
        return of(name, value.text());
    }

    /** The name as a problem document may show it: only acceptable text, and not too long. */
    private static String shown(String name) {
        if (Text.fault(name) != null) {
            return "(unreadable name)";
        }
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "…" : name;
    }
}
