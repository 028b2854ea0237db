package org.appsupervision.platform.problem;

/** The problem types of the suite: a stable URI, an HTTP status and a bilingual title users see. */
public enum ProblemType {
    VALIDATION("validation", 400, "请求内容无效 / Invalid request"),
    MALFORMED("malformed-request", 400, "请求格式错误 / Malformed request"),
    UNAUTHENTICATED("unauthenticated", 401, "需要登录或有效令牌 / Authentication required"),
    FORBIDDEN("forbidden", 403, "无权执行此操作 / Not allowed"),
    NOT_FOUND("not-found", 404, "未找到 / Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "不支持的请求方法 / Method not allowed"),
    CONFLICT("conflict", 409, "与当前状态冲突 / Conflicts with the current state"),
    FOUR_EYES("four-eyes", 403, "起草人不能审批自己的通报 / The drafter cannot approve their own notice"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "不支持的内容类型 / Unsupported media type"),
    UNPROCESSABLE("unprocessable", 422, "无法处理的请求 / Unprocessable request"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "请求过于频繁 / Too many requests"),
    INTERNAL("internal", 500, "服务器内部错误 / Internal error"),
    UNAVAILABLE("unavailable", 503, "服务暂不可用 / Service unavailable");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return MALFORMED;
        }
        for (ProblemType type : values()) {
            if (type.status == status && type != FOUR_EYES) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
