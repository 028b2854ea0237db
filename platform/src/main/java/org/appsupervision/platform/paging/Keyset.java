package org.appsupervision.platform.paging;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two query parts of keyset paging over a sort key whose last column is unique (the id): the row-value
 * comparison {@code (k, id) < (:k0, :k1)} that starts after the cursor's row, and the matching {@code order by}.
 * Written once so every list orders and resumes the same way; the parameters {@code k0, k1 ...} are the caller's to
 * bind from its {@link Cursor}.
 */
public final class Keyset {

    private Keyset() {
    }

    /** {@code (a, b) < (:k0, :k1)} when descending, {@code >} when ascending. */
    public static String after(boolean descending, String... columns) {
        String parameters = java.util.stream.IntStream.range(0, columns.length).mapToObj(i -> ":k" + i)
                .collect(Collectors.joining(", "));
        return "(" + String.join(", ", columns) + ") " + (descending ? "<" : ">") + " (" + parameters + ")";
    }

    /** {@code a desc, b desc} (or ascending), without the {@code order by}. */
    public static String order(boolean descending, String... columns) {
        return Arrays.stream(columns).map(c -> c + (descending ? " desc" : " asc")).collect(Collectors.joining(", "));
    }
}
