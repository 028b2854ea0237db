package org.appsupervision.notice.complaint;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;

/** Tracking numbers that cannot be guessed: {@code TS-<year>-} and ten random base32 characters (50 bits). */
final class TrackingNumbers {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a tracking number looks like; anything else is not looked up. */
    static final String PATTERN = "TS-\\d{4}-[A-Z2-7]{10}";

    private TrackingNumbers() {
    }

    static String next(Instant at) {
        StringBuilder number = new StringBuilder("TS-").append(at.atZone(BEIJING).getYear()).append('-');
        for (int i = 0; i < 10; i++) {
            number.append(BASE32[RANDOM.nextInt(32)]);
        }
        return number.toString();
    }
}
