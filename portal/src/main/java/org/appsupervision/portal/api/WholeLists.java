package org.appsupervision.portal.api;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.PortalService;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads a whole paged list through a typed client: pages of the largest size along the {@code Link rel="next"} cursors. */
public final class WholeLists {

    private static final Logger LOG = Logger.getLogger(WholeLists.class);

    private WholeLists() {
    }

    /** Every row of the list whose page of {@code limit} rows after a cursor {@code page} reads. */
    public static <T> Uni<Answer<List<T>>> of(PortalService service,
            BiFunction<Integer, String, Uni<RestResponse<List<T>>>> page) {
        return Answer.of(service, from(page, null, new ArrayList<>(), 0));
    }

    private static <T> Uni<List<T>> from(BiFunction<Integer, String, Uni<RestResponse<List<T>>>> page, String after,
            List<T> rows, int pages) {
        return page.apply(NextLinks.LARGEST_PAGE, after).chain(response -> {
            rows.addAll(response.getEntity());
            String next = NextLinks.target(response.getHeaderString("Link"));
            if (next == null || pages + 1 >= NextLinks.MOST_PAGES) {
                if (next != null) {
                    LOG.warnf("Portal stopped reading a list after %d pages", pages + 1);
                }
                return Uni.createFrom().item(rows);
            }
            return from(page, NextLinks.after(next), rows, pages + 1);
        });
    }
}
