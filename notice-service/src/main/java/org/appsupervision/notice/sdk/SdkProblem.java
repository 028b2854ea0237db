package org.appsupervision.notice.sdk;

import org.appsupervision.platform.problem.ProblemType;

/** The problems of the SDK registry and its follow-ups. */
public final class SdkProblem {

    public static final ProblemType PREFIX_OVERLAP = new ProblemType("sdk-prefix-overlap", 409,
            "SDK包名前缀与其他SDK的前缀重叠 / The package prefix overlaps another SDK's");
    public static final ProblemType NO_EMBEDDING_APPS = new ProblemType("no-embedding-apps", 409,
            "没有已知嵌入该SDK所选版本的应用 / No app is known to embed these SDK versions");

    private SdkProblem() {
    }
}
