package org.appsupervision.events.identity;

import java.util.Optional;

/**
 * The unified social credit code of GB 32100-2015: 18 characters of a 31-letter alphabet, the last
 * one a check character over the first 17 with fixed weights. Digits 3-4 are the province. Operators of
 * apps and companies running stores are identified by it in every service.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Why the code is invalid, or empty if it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " is not allowed (no I, O, S, V, Z, lower case)");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("check character should be " + expected);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The GB/T 2260 province code of a valid code: its digits 3 and 4. */
    public static String provinceCode(String code) {
        return code.substring(2, 4);
    }
}
