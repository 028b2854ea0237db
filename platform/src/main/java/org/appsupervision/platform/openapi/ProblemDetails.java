package org.appsupervision.platform.openapi;

import org.appsupervision.platform.problem.ProblemType;

/** A service's {@code detail} for the problem example of a type on an operation, or null for the platform's one. */
@FunctionalInterface
public interface ProblemDetails {

    ProblemDetails NONE = (operation, type) -> null;

    /** @param operation "METHOD /path" as the document names it, e.g. "POST /api/notices/{id}/approval" */
    String detail(String operation, ProblemType type);
}
