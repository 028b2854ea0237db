package org.appsupervision.penalty.problem;

import org.appsupervision.platform.problem.ProblemKind;

/** The problem kinds particular to penalty cases. */
public final class PenaltyProblem {

    public static final ProblemKind ILLEGAL_TRANSITION = new ProblemKind("illegal-transition", 409,
            "此阶段不允许该操作 / Not allowed at this stage of the procedure");
    public static final ProblemKind DEADLINE_PASSED = new ProblemKind("deadline-passed", 409,
            "法定期限已过 / The statutory time limit has passed");
    public static final ProblemKind DUPLICATE_FACTS = new ProblemKind("duplicate-facts", 409,
            "同一事实已立案或已处理 / These facts already have a case or a decision");
    public static final ProblemKind OUTSIDE_PENALTY_RANGE = new ProblemKind("outside-penalty-range", 422,
            "超出法定处罚种类或幅度 / Outside the statutory penalties or ranges");
    public static final ProblemKind HEAVIER_THAN_PRIOR_NOTICE = new ProblemKind("heavier-than-prior-notice", 422,
            "不得因当事人陈述、申辩而加重处罚 / Heavier than the prior notice");
    public static final ProblemKind UNVERIFIED_LEGAL_BASIS = new ProblemKind("unverified-legal-basis", 422,
            "法律依据未经核实或不在有效期内 / Legal basis not verified or not in force");
    public static final ProblemKind SECOND_OFFICER = new ProblemKind("second-officer", 403,
            "处罚决定须由另一名执法人员审批 / A second officer must approve the decision");
    public static final ProblemKind DOCUMENT_IMMUTABLE = new ProblemKind("document-immutable", 409,
            "文书已送达，不得修改 / The document was served and cannot change");
    public static final ProblemKind NOT_A_PDF = new ProblemKind("not-a-pdf", 400,
            "上传的文件不是PDF / The upload is not a PDF");

    private PenaltyProblem() {
    }
}
