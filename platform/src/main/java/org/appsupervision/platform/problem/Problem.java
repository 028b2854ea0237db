package org.appsupervision.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable, relative URI; {@code errors} lists the
 * fields or lines at fault for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field or line at fault: where, and why. */
    public record FieldError(String field, String message) {
    }
}
