package org.appsupervision.platform.paging;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes: {@code limit} (rows per page, {@value #DEFAULT_LIMIT} by default, at most
 * {@value #MAX_LIMIT}) and {@code after} (the cursor of a {@code Link rel="next"} the list answered before). A list
 * resource takes it as a bean parameter; its service reads {@link #limit()} and {@link #after(String)}.
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @QueryParam("limit")
    @Parameter(description = "Rows per page: 1 to 1000, 100 when not given. When more rows exist, the answer has a "
            + "Link header with rel=\"next\".",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    Integer limit;

    @QueryParam("after")
    @Parameter(description = "The cursor of the next page, as the Link rel=\"next\" of the previous page gave it; "
            + "opaque, and valid for this list only.")
    String after;

    public PageRequest() {
    }

    private PageRequest(Integer limit, String after) {
        this.limit = limit;
        this.after = after;
    }

    /** A request made in code (for example a service reading every page itself). */
    public static PageRequest of(Integer limit, String after) {
        return new PageRequest(limit, after);
    }

    /** The rows per page; a value out of range is a {@code 400 /problems/validation} naming {@code limit}. */
    public int limit() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(ProblemTypes.VALIDATION, "The query parameter 'limit' is out of range",
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return limit;
    }

    /** The cursor for the list named {@code list}, or null on the first page; see {@link Cursor#decode}. */
    public Cursor after(String list) {
        return after == null || after.isEmpty() ? null : Cursor.decode(list, after);
    }
}
