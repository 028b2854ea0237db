package org.appsupervision.notice.complaint;

import java.util.List;

/** What the public complaint form offers: the problem kinds of the taxonomy and the stores of the registry copy. */
public record ComplaintOptions(List<Option> problems, List<Option> stores) {

    /** One choice with its code and bilingual label. */
    public record Option(String code, String labelZh, String labelEn) {
    }
}
