package org.appsupervision.portal.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public search: what was asked, what was found (a page), the problem kinds to choose from, and what went wrong. */
public record NoticeSearch(Criteria criteria, Results results, List<ProblemKind> problemKinds,
        Map<String, String> fieldErrors, String failure) {

    /** What the reader asked for; empty texts mean "any". */
    public record Criteria(String app, String operator, String problem, String from, String to, String kind, int page) {

        /** The query string of these criteria for another page. */
        public String query(int otherPage) {
            StringBuilder query = new StringBuilder("?page=").append(otherPage);
            append(query, "app", app);
            append(query, "operator", operator);
            append(query, "problem", problem);
            append(query, "from", from);
            append(query, "to", to);
            append(query, "kind", kind);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** A page of published notices as notice-service answers it. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Results(int page, int size, long total, List<Summary> items) {

        public long pages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        /** One-based number of the page, as readers count. */
        public int shownPage() {
            return page + 1;
        }
    }

    /** A published notice in the list. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, String kind, String title, Instant publishedAt,
            @org.appsupervision.portal.api.MayBeNull LocalDate deadline, int appCount) {
    }

    /** A problem kind (code and Chinese label) to search by. */
    public record ProblemKind(String code, String labelZh) {
    }

    /** The kinds of notice to search by, in the order of the campaign. */
    public List<String> kindChoices() {
        return List.of("RECTIFICATION", "RECHECK", "TAKEDOWN");
    }

    public String fieldError(String field) {
        return fieldErrors.get(field);
    }
}
