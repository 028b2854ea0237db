package org.appsupervision.platform.problem;

/**
 * An RFC 9457 problem type: a stable slug (its type URI is {@code /problems/<slug>}), the HTTP status and the
 * bilingual title users see. {@link ProblemTypes} holds the types every service shares; a service declares its own
 * the same way. (Not to be confused with notice-service's {@code reference.ProblemKind}, an entry of the taxonomy of
 * problems found in apps.)
 */
public record ProblemType(String slug, int status, String title) {

    public String uri() {
        return "/problems/" + slug;
    }
}
