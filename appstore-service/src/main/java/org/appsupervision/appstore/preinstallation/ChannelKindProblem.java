package org.appsupervision.appstore.preinstallation;

import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/** The problem of a channel asked for an operation its kind does not take (an app store's preinstallations). */
public final class ChannelKindProblem {

    public static final ProblemType CHANNEL_KIND = new ProblemType("channel-kind", 409,
            "该渠道类型不支持此操作 / This channel kind does not take this operation");

    private ChannelKindProblem() {
    }

    static ProblemException notAMaker(String code) {
        return new ProblemException(CHANNEL_KIND,
                "Channel " + code + " is an app store; only handset makers keep preinstalled apps");
    }
}
