package org.appsupervision.notice.operator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An app filing number (APP备案号): 〈province short name〉ICP备〈digits〉号-〈n〉A, e.g. 陕ICP备2024026116号-1A.
 * Websites have no letter and mini-programs end in X; neither is an app's number.
 */
public final class AppFilingNumber {

    private static final Pattern PATTERN = Pattern.compile(
            "[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕甘陇青宁新]ICP备[0-9]{5,12}号-[1-9][0-9]{0,3}A");

    private AppFilingNumber() {
    }

    /** Why the number is invalid, or empty if it is valid. */
    public static Optional<String> problem(String number) {
        if (number == null || PATTERN.matcher(number).matches()) {
            return Optional.empty();
        }
        if (number.length() > 64) {
            return Optional.of("is longer than any app filing number (" + number.length() + " characters)");
        }
        if (number.endsWith("X")) {
            return Optional.of("'" + number + "' is a mini-program filing number, not an app's");
        }
        return Optional.of("'" + number + "' is not an app filing number like 陕ICP备2024026116号-1A");
    }
}
