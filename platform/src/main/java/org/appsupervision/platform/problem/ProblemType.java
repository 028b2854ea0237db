package org.appsupervision.platform.problem;

import java.util.List;

/** The problem kinds every service shares. */
public final class ProblemType {

    public static final ProblemKind VALIDATION = new ProblemKind("validation", 400, "请求内容无效 / Invalid request");
    public static final ProblemKind MALFORMED = new ProblemKind("malformed-request", 400, "请求格式错误 / Malformed request");
    public static final ProblemKind UNAUTHENTICATED =
            new ProblemKind("unauthenticated", 401, "需要登录或有效令牌 / Authentication required");
    public static final ProblemKind FORBIDDEN = new ProblemKind("forbidden", 403, "无权执行此操作 / Not allowed");
    public static final ProblemKind NOT_FOUND = new ProblemKind("not-found", 404, "未找到 / Not found");
    public static final ProblemKind METHOD_NOT_ALLOWED =
            new ProblemKind("method-not-allowed", 405, "不支持的请求方法 / Method not allowed");
    public static final ProblemKind NOT_ACCEPTABLE =
            new ProblemKind("not-acceptable", 406, "无法提供所要求的内容类型 / Not acceptable");
    public static final ProblemKind CONFLICT = new ProblemKind("conflict", 409, "与当前状态冲突 / Conflicts with the current state");
    public static final ProblemKind FOUR_EYES = new ProblemKind("four-eyes", 403,
            "起草或修改通报的人不能审批该通报 / Whoever drafted or edited a notice cannot approve it");
    public static final ProblemKind LENGTH_REQUIRED =
            new ProblemKind("length-required", 411, "需要内容长度 / Length required");
    public static final ProblemKind CONTENT_TOO_LARGE =
            new ProblemKind("content-too-large", 413, "请求内容过大 / Content too large");
    public static final ProblemKind URI_TOO_LONG = new ProblemKind("uri-too-long", 414, "请求地址过长 / URI too long");
    public static final ProblemKind UNSUPPORTED_MEDIA_TYPE =
            new ProblemKind("unsupported-media-type", 415, "不支持的内容类型 / Unsupported media type");
    public static final ProblemKind UNPROCESSABLE = new ProblemKind("unprocessable", 422, "无法处理的请求 / Unprocessable request");
    public static final ProblemKind TOO_MANY_REQUESTS = new ProblemKind("too-many-requests", 429, "请求过于频繁 / Too many requests");
    public static final ProblemKind INTERNAL = new ProblemKind("internal", 500, "服务器内部错误 / Internal error");
    public static final ProblemKind UNAVAILABLE = new ProblemKind("unavailable", 503, "服务暂不可用 / Service unavailable");

    /** The generic kinds, one per status, that answer statuses raised outside the services' own rules. */
    private static final List<ProblemKind> BY_STATUS = List.of(MALFORMED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND,
            METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, LENGTH_REQUIRED, CONTENT_TOO_LARGE, URI_TOO_LONG,
            UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, TOO_MANY_REQUESTS, INTERNAL, UNAVAILABLE);
    private static final String OTHER_TITLE = "请求无法处理 / The request cannot be served";

    private ProblemType() {
    }

    /** The kind that answers {@code status}; its status is always {@code status} (an unnamed one is "http-<status>"). */
    public static ProblemKind forStatus(int status) {
        return BY_STATUS.stream().filter(kind -> kind.status() == status).findFirst()
                .orElseGet(() -> new ProblemKind("http-" + status, status, OTHER_TITLE));
    }
}
