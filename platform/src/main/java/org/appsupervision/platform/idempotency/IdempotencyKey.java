package org.appsupervision.platform.idempotency;

import java.util.List;
import java.util.function.Supplier;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The one reading of the {@code Idempotency-Key} header and the one decision on a key seen before: the same key
 * with the same request fingerprint answers the recorded answer, with another fingerprint {@code 422
 * /problems/unprocessable}. A key is 1 to 200 printable characters; anything else is {@code 400
 * /problems/validation} naming the header.
 */
public final class IdempotencyKey {

    /** The header's name. */
    public static final String HEADER = "Idempotency-Key";
    /** The longest key accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    static final String MUST_BE = "must be 1 to " + MAX_LENGTH + " printable characters / 须为1至" + MAX_LENGTH
            + "个可打印字符";
    static final String REQUIRED = "is required: 1 to " + MAX_LENGTH + " printable characters / 必填，须为1至"
            + MAX_LENGTH + "个可打印字符";
    static final String REUSED = "was used with another request / 已用于另一请求";

    private IdempotencyKey() {
    }

    /** The key of a header that may be absent: null when absent, else the checked key. */
    public static String optional(String header) {
        if (header != null && !usable(header)) {
            throw invalid(MUST_BE);
        }
        return header;
    }

    /** The key of a header that must be present (it names what the request creates). */
    public static String required(String header) {
        if (header == null) {
            throw invalid(REQUIRED);
        }
        return optional(header);
    }

    /**
     * The decision on a key recorded before: the recorded answer when the request's fingerprint is the recorded
     * one, else {@code 422 /problems/unprocessable}.
     */
    public static <A> A replay(String key, String fingerprint, String recordedFingerprint, Supplier<A> recordedAnswer) {
        if (!fingerprint.equals(recordedFingerprint)) {
            throw new ProblemException(ProblemTypes.UNPROCESSABLE,
                    HEADER + " " + key + " was already used for another request / 该幂等键已用于另一请求",
                    List.of(new FieldError(HEADER, REUSED)));
        }
        return recordedAnswer.get();
    }

    /** 1 to 200 characters, not all white space, none of them a control, format or unassigned character. */
    static boolean usable(String key) {
        int length = key.codePointCount(0, key.length());
        return length >= 1 && length <= MAX_LENGTH && !key.isBlank() && key.codePoints().allMatch(IdempotencyKey::printable);
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(List.of(new FieldError(HEADER, message)));
    }
}
