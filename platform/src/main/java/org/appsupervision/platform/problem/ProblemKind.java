package org.appsupervision.platform.problem;

/**
 * A kind of problem: a stable slug (its type URI is {@code /problems/<slug>}), the HTTP status
 * and the bilingual title users see. {@link ProblemType} holds the kinds every service shares; a
 * service declares its own kinds the same way.
 */
public record ProblemKind(String slug, int status, String title) {

    public String uri() {
        return "/problems/" + slug;
    }
}
