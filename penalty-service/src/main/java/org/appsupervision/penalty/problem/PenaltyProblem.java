package org.appsupervision.penalty.problem;

/** The problem types particular to penalty cases: a stable URI, an HTTP status and a bilingual title. */
public enum PenaltyProblem {
    ILLEGAL_TRANSITION("illegal-transition", 409, "此阶段不允许该操作 / Not allowed at this stage of the procedure"),
    DEADLINE_PASSED("deadline-passed", 409, "法定期限已过 / The statutory time limit has passed"),
    DUPLICATE_FACTS("duplicate-facts", 409, "同一事实已立案或已处理 / These facts already have a case or a decision"),
    OUTSIDE_PENALTY_RANGE("outside-penalty-range", 422, "超出法定处罚种类或幅度 / Outside the statutory penalties or ranges"),
    HEAVIER_THAN_PRIOR_NOTICE("heavier-than-prior-notice", 422,
            "不得因当事人陈述、申辩而加重处罚 / Heavier than the prior notice"),
    UNVERIFIED_LEGAL_BASIS("unverified-legal-basis", 422, "法律依据未经核实或不在有效期内 / Legal basis not verified or not in force"),
    SECOND_OFFICER("second-officer", 403, "处罚决定须由另一名执法人员审批 / A second officer must approve the decision"),
    DOCUMENT_IMMUTABLE("document-immutable", 409, "文书已送达，不得修改 / The document was served and cannot change");

    private final String slug;
    private final int status;
    private final String title;

    PenaltyProblem(String slug, int status, String title) {
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
}
