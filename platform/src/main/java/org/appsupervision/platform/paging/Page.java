package org.appsupervision.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its rows, and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> rows, String next) {

    /**
     * The page of {@code fetched}, which a query read with {@code limit + 1} rows in list order: the first
     * {@code limit} rows, mapped, and when there was one more, the cursor of the last row shown.
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, String> cursorOf, Function<R, T> view) {
        boolean more = fetched.size() > limit;
        List<R> shown = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.get(limit - 1)) : null);
    }

    /** The same page with each row mapped. */
    public <U> Page<U> map(Function<T, U> view) {
        return new Page<>(rows.stream().map(view).toList(), next);
    }
}
