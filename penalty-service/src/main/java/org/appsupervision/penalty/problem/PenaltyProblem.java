package org.appsupervision.penalty.problem;

import org.appsupervision.platform.problem.ProblemType;

/** The problem kinds particular to penalty cases. */
public final class PenaltyProblem {

    public static final ProblemType ILLEGAL_TRANSITION = new ProblemType("illegal-transition", 409,
            "此阶段不允许该操作 / Not allowed at this stage of the procedure");
    public static final ProblemType DEADLINE_PASSED = new ProblemType("deadline-passed", 409,
            "法定期限已过 / The statutory time limit has passed");
    public static final ProblemType DUPLICATE_FACTS = new ProblemType("duplicate-facts", 409,
            "同一事实已立案或已处理 / These facts already have a case or a decision");
    public static final ProblemType OUTSIDE_PENALTY_RANGE = new ProblemType("outside-penalty-range", 422,
            "超出法定处罚种类或幅度 / Outside the statutory penalties or ranges");
    public static final ProblemType HEAVIER_THAN_PRIOR_NOTICE = new ProblemType("heavier-than-prior-notice", 422,
            "不得因当事人陈述、申辩而加重处罚 / Heavier than the prior notice");
    public static final ProblemType UNVERIFIED_LEGAL_BASIS = new ProblemType("unverified-legal-basis", 422,
            "法律依据未经核实或不在有效期内 / Legal basis not verified or not in force");
    public static final ProblemType SECOND_OFFICER = new ProblemType("second-officer", 403,
            "处罚决定须由另一名执法人员审批 / A second officer must approve the decision");
    public static final ProblemType DOCUMENT_IMMUTABLE = new ProblemType("document-immutable", 409,
            "文书已送达，不得修改 / The document was served and cannot change");
    public static final ProblemType NOT_A_PDF = new ProblemType("not-a-pdf", 400,
            "上传的文件不是PDF / The upload is not a PDF");

    private PenaltyProblem() {
    }
}
