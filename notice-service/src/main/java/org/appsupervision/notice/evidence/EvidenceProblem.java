package org.appsupervision.notice.evidence;

import org.appsupervision.platform.problem.ProblemType;

/** The problem kinds of evidence uploads. */
public final class EvidenceProblem {

    /** The content is none of the accepted types, whatever its name or declared media type say. */
    public static final ProblemType REFUSED_TYPE = new ProblemType("evidence-type-refused", 415,
            "证据文件类型不受支持（仅限 PDF、PNG、JPEG、ZIP） / Evidence must be a PDF, PNG, JPEG or ZIP file");

    private EvidenceProblem() {
    }
}
