package org.appsupervision.platform.problem;

import java.util.List;

/** The problem kinds every service shares. */
public final class ProblemTypes {

    public static final ProblemType VALIDATION = new ProblemType("validation", 400, "请求内容无效 / Invalid request");
    public static final ProblemType MALFORMED = new ProblemType("malformed-request", 400, "请求格式错误 / Malformed request");
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", 401, "需要登录或有效令牌 / Authentication required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "无权执行此操作 / Not allowed");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "未找到 / Not found");
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", 405, "不支持的请求方法 / Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE =
            new ProblemType("not-acceptable", 406, "无法提供所要求的内容类型 / Not acceptable");
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409, "与当前状态冲突 / Conflicts with the current state");
    public static final ProblemType FOUR_EYES = new ProblemType("four-eyes", 403,
            "起草或修改通报的人不能审批该通报 / Whoever drafted or edited a notice cannot approve it");
    public static final ProblemType LENGTH_REQUIRED =
            new ProblemType("length-required", 411, "需要内容长度 / Length required");
    public static final ProblemType CONTENT_TOO_LARGE =
            new ProblemType("content-too-large", 413, "请求内容过大 / Content too large");
    public static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", 414, "请求地址过长 / URI too long");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", 415, "不支持的内容类型 / Unsupported media type");
    public static final ProblemType UNPROCESSABLE = new ProblemType("unprocessable", 422, "无法处理的请求 / Unprocessable request");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", 429, "请求过于频繁 / Too many requests");
    public static final ProblemType INTERNAL = new ProblemType("internal", 500, "服务器内部错误 / Internal error");
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", 503, "服务暂不可用 / Service unavailable");

    /** The generic kinds, one per status, that answer statuses raised outside the services' own rules. */
    private static final List<ProblemType> BY_STATUS = List.of(MALFORMED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND,
            METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, LENGTH_REQUIRED, CONTENT_TOO_LARGE, URI_TOO_LONG,
            UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, TOO_MANY_REQUESTS, INTERNAL, UNAVAILABLE);
    private static final String OTHER_TITLE = "请求无法处理 / The request cannot be served";

    private ProblemTypes() {
    }

    /** The kind that answers {@code status}; its status is always {@code status} (an unnamed one is "http-<status>"). */
    public static ProblemType forStatus(int status) {
        return BY_STATUS.stream().filter(kind -> kind.status() == status).findFirst()
                .orElseGet(() -> new ProblemType("http-" + status, status, OTHER_TITLE));
    }
}
