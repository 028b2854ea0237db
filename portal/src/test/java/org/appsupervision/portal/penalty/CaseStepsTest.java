package org.appsupervision.portal.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseStepsTest {

    @Test
    void aDecisionFormBecomesTheBasisAndItsPenalties() {
        JsonObject body = CaseSteps.body("decision", Map.of("legalBasis", "PIPL-66", "warning", "true",
                "fine", "1,200,000", "personFine", "", "reasons", "拒不改正", "on", ""));
        assertEquals("PIPL-66", body.getString("legalBasis"));
        assertEquals("拒不改正", body.getString("reasons"));
        assertFalse(body.containsKey("on"), "a blank day is left to the service's today");
        assertEquals(2, body.getJsonArray("penalties").size());
        assertEquals("WARNING", body.getJsonArray("penalties").getJsonObject(0).getString("type"));
        JsonObject fine = body.getJsonArray("penalties").getJsonObject(1);
        assertEquals("FINE", fine.getString("type"));
        assertEquals(0, new BigDecimal("1200000").compareTo(new BigDecimal(fine.getValue("amountCny").toString())));
    }

    @Test
    void amountsThatAreNotNumbersAreFlaggedBeforeAnythingIsSent() {
        assertEquals(List.of("fine", "personFine"), CaseSteps.badAmounts(Map.of("fine", "一百万", "personFine", "1e", "confiscation", "")));
        assertTrue(CaseSteps.badAmounts(Map.of("fine", "50000.00")).isEmpty());
    }

    @Test
    void eachStageOffersOnlyItsOwnSteps() {
        assertEquals(List.of("decision/approval"), CaseSteps.offeredAt("DECISION_PROPOSED"));
        assertTrue(CaseSteps.offeredAt("PRIOR_NOTICE").contains("decision"));
        assertTrue(CaseSteps.offeredAt("CLOSED").isEmpty());
        assertTrue(CaseSteps.ALL.containsAll(CaseSteps.offeredAt("EXECUTION")));
    }

    @Test
    void aHearingIsScheduledByItsOwnDays() {
        JsonObject body = CaseSteps.body("hearing", Map.of("hearingOn", "2026-04-20", "noticeOn", "2026-04-08", "on", "2026-04-01"));
        assertEquals("2026-04-20", body.getString("hearingOn"));
        assertEquals("2026-04-08", body.getString("noticeOn"));
        assertFalse(body.containsKey("on"));
    }

    @Test
    void anInvestigatorIsRecordedByNameOnly() {
        JsonObject body = CaseSteps.body("investigators", Map.of("name", " 钱七 ", "on", "2026-04-01"));
        assertEquals(new JsonObject().put("name", "钱七"), body);
    }
}
