package org.appsupervision.portal.notice;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** What an official typed into a draft form: kind, title and the rectification terms, as texts. */
public record DraftForm(String kind, String title, String rectificationDays, boolean workingDays, String deadline) {

    public static DraftForm empty() {
        return new DraftForm("RECTIFICATION", "", "", true, "");
    }

    /** The kinds of notice an official drafts. */
    public List<String> kinds() {
        return List.of("RECTIFICATION", "RECHECK", "TAKEDOWN");
    }

    /** The terms as notice-service reads them; a number or date it cannot read is sent as text, so it answers with a field error. */
    JsonObject terms() {
        JsonObject terms = new JsonObject();
        if (!rectificationDays.isEmpty()) {
            terms.put("rectificationDays", rectificationDays.matches("\\d{1,4}") ? Integer.valueOf(rectificationDays) : rectificationDays);
            terms.put("workingDays", workingDays);
        }
        if (!deadline.isEmpty()) {
            terms.put("deadline", deadline);
        }
        return terms;
    }
}
