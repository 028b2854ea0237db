package org.appsupervision.penalty.cases;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.AUDITOR;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_QIAN;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.GD_CHEN;
import static org.appsupervision.penalty.cases.CaseDriver.MINISTRY;
import static org.appsupervision.penalty.cases.CaseDriver.daysAgo;
import static org.appsupervision.penalty.cases.CaseDriver.fine;
import static org.appsupervision.penalty.cases.CaseDriver.get;
import static org.appsupervision.penalty.cases.CaseDriver.inReview;
import static org.appsupervision.penalty.cases.CaseDriver.open;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.penalties;
import static org.appsupervision.penalty.cases.CaseDriver.person;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.appsupervision.penalty.cases.CaseDriver.warning;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.appsupervision.devstack.DevStackResource;
import javax.sql.DataSource;
import org.appsupervision.devstack.EventProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class PenaltyCaseTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Test
    void aBureauRunsACaseFromFilingToClosingAndAnnouncesIt() {
        String id = inReview(daysAgo(60), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(30), warning(), fine("500000"), person("50000")))
                .statusCode(200).body("stage", equalTo("PRIOR_NOTICE"))
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.explanation", containsString("5 working days"));
        get(BJ_ZHAO, path(id, "documents")).statusCode(200).body("kind", hasItem("PRIOR_NOTICE"))
                .body("[0].sha256", matchesPattern("[0-9a-f]{64}")).body("[0].content", containsString("要求举行听证"));
        post(BJ_ZHAO, path(id, "defence"), Map.of("statement", "已完成整改，请求从轻处罚。", "on", daysAgo(28).toString()))
                .statusCode(200);
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), warning(), fine("400000")))
                .statusCode(200).body("stage", equalTo("DECISION_PROPOSED")).body("totalFine", equalTo(400000.0f));

        post(BJ_ZHAO, path(id, "decision/approval"), Map.of("on", daysAgo(19).toString()))
                .statusCode(403).body("type", equalTo("/problems/second-officer"));
        String number = post(BJ_QIAN, path(id, "decision/approval"), Map.of("on", daysAgo(19).toString()))
                .statusCode(200).body("stage", equalTo("DECIDED"))
                .body("deadlines.find { it.kind == 'DECISION' }.status", equalTo("MET"))
                .extract().path("decisionNumber");
        assertTrue(number.matches("京通罚〔\\d{4}〕\\d+号"), number);

        post(BJ_ZHAO, path(id, "service"), Map.of("on", daysAgo(18).toString())).statusCode(200)
                .body("stage", equalTo("EXECUTION"))
                .body("deadlines.find { it.kind == 'PAYMENT' }.dueDate", equalTo(daysAgo(3).toString()));
        get(AUDITOR, path(id, "payments") + "?on=" + daysAgo(1)).statusCode(200)
                .body("daysLate", equalTo(2)).body("surcharge", equalTo(24000.0f)).body("outstanding", equalTo(424000.0f));
        post(BJ_ZHAO, path(id, "payments"), Map.of("amountCny", "400000", "paidOn", daysAgo(1).toString()))
                .statusCode(200).body("paidInFullOn", equalTo(daysAgo(1).toString())).body("outstanding", equalTo(24000.0f));
        post(BJ_ZHAO, path(id, "closing"), Map.of("outcome", "EXECUTED")).statusCode(409)
                .body("type", equalTo("/problems/illegal-transition")).body("detail", containsString("24000"));
        post(BJ_ZHAO, path(id, "payments"), Map.of("amountCny", "24000")).statusCode(200).body("outstanding", equalTo(0.0f));
        post(BJ_ZHAO, path(id, "publication"), Map.of()).statusCode(200);
        post(BJ_ZHAO, path(id, "closing"), Map.of("outcome", "EXECUTED")).statusCode(200).body("stage", equalTo("CLOSED"));

        get(BJ_ZHAO, path(id, "documents")).statusCode(200).body("find { it.kind == 'DECISION' }.servedOn",
                equalTo(daysAgo(18).toString())).body("find { it.kind == 'DECISION' }.content",
                containsString("六十日内依法申请行政复议"));
        SQLException tampering = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE case_document SET content = 'changed' WHERE case_id = '" + id
                        + "' AND kind = 'DECISION'");
            }
        });
        assertTrue(tampering.getMessage().contains("cannot change"), tampering.getMessage());
        given().get("/public/penalty/decisions").then().statusCode(200)
                .body("find { it.decisionNumber == '" + number + "' }.bureauName", equalTo("北京市通信管理局"))
                .body("find { it.decisionNumber == '" + number + "' }.legalBasis", containsString("个人信息保护法"));
        get(BJ_ZHAO, "/api/penalty/statistics").statusCode(200).body("bureauProvinceCode", everyItem(equalTo("11")))
                .body("[0].finesPaidCny", equalTo(424000.0f)).body("[0].averageDaysToDecision", equalTo(41.0f));
        assertEquals(List.of("FILE", "START_INVESTIGATION", "RECORD_INVESTIGATOR", "RECORD_INVESTIGATOR",
                "FINISH_INVESTIGATION", "ISSUE_PRIOR_NOTICE", "RECORD_DEFENCE", "PROPOSE_DECISION", "APPROVE_DECISION",
                "SERVE_DECISION", "RECORD_PAYMENT", "RECORD_PAYMENT", "PUBLISH_DECISION", "CLOSE_EXECUTED"),
                get(MINISTRY, path(id, "history")).statusCode(200).extract().jsonPath().getList("action"));

        List<EventProbe.Event> events = EventProbe.read(bootstrap, "penalty.events",
                read -> typesOf(read, id).size() == 3, Duration.ofSeconds(30));
        assertEquals(Set.of("CaseOpened", "PenaltyDecided", "CaseClosed"), typesOf(events, id));
        String decided = events.stream().filter(e -> id.equals(e.key()) && e.type().equals("PenaltyDecided"))
                .findFirst().orElseThrow().payload();
        assertTrue(decided.contains(number) && decided.contains("\"totalFineCny\":400000"), decided);
    }

    @Test
    void aGuangdongOfficerCannotTouchABeijingCase() {
        String id = open(BJ_ZHAO, daysAgo(5));
        get(GD_CHEN, "/api/penalty/cases/" + id).statusCode(404).contentType("application/problem+json");
        post(GD_CHEN, path(id, "investigation"), Map.of()).statusCode(404);
        post(GD_CHEN, path(id, "closing"), Map.of("outcome", "NO_PENALTY", "reason", "x")).statusCode(404);
        get(GD_CHEN, path(id, "history")).statusCode(404);
        get(GD_CHEN, "/api/penalty/cases").statusCode(200).body("bureauProvinceCode", everyItem(equalTo("44")));
        get(MINISTRY, "/api/penalty/cases/" + id).statusCode(200).body("bureauName", equalTo("北京市通信管理局"));
        get(AUDITOR, "/api/penalty/cases/" + id).statusCode(200);
        post(AUDITOR, path(id, "investigation"), Map.of()).statusCode(403);
        post(MINISTRY, "/api/penalty/cases", Map.of()).statusCode(403);
        given().get("/api/penalty/cases/" + id).then().statusCode(401);
        get(BJ_ZHAO, "/api/penalty/cases/" + id).statusCode(200).body("stage", equalTo("FILED"))
                .body("caseNumber", matchesPattern("京通案〔\\d{4}〕\\d+号"));
    }

    @Test
    void refusesIllegalStepsSayingWhyAndWritingNothing() {
        String id = open(BJ_ZHAO, daysAgo(10));
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(1), warning())).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/illegal-transition"))
                .body("title", containsString("Not allowed")).body("detail", containsString("prior notice"));
        post(BJ_ZHAO, path(id, "investigation"), Map.of()).statusCode(200);
        post(BJ_ZHAO, path(id, "investigators"), Map.of("name", "zhao.bj")).statusCode(200);
        post(BJ_ZHAO, path(id, "review"), Map.of("findings", "x", "serious", false)).statusCode(409)
                .body("detail", containsString("at least two officers"));
        get(BJ_ZHAO, path(id, "history")).statusCode(200).body("$", hasSize(3));
        get(BJ_ZHAO, "/api/penalty/cases/" + id).statusCode(200).body("stage", equalTo("INVESTIGATION"))
                .body("findings", equalTo(null));
    }

    @Test
    void refusesAnOperatorWhoseCreditCodeFailsItsCheckCharacterWritingNothing() {
        long before = get(BJ_ZHAO, "/api/penalty/cases").statusCode(200).extract().jsonPath().getList("$").size();
        post(BJ_ZHAO, "/api/penalty/cases", Map.of("subjectKind", "OPERATOR", "subjectName", "北京豆网科技有限公司",
                "subjectCode", "91110108551385082A", "facts", "超范围收集个人信息。")).statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("subjectCode"))
                .body("errors[0].message", containsString("check character should be Q"));
        assertEquals(before, get(BJ_ZHAO, "/api/penalty/cases").statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void capsDependOnSeriousnessAndNeedTheLegalReviewForSeriousCases() {
        String ordinary = inReview(daysAgo(20), false);
        post(BJ_ZHAO, path(ordinary, "prior-notice"), penalties("PIPL-66", daysAgo(10), fine("1000000.01")))
                .statusCode(422).body("type", equalTo("/problems/outside-penalty-range"))
                .body("detail", containsString("exceeds the cap of 1000000"));
        post(BJ_ZHAO, path(ordinary, "prior-notice"), penalties("PIPL-66", daysAgo(10), person("100001")))
                .statusCode(422).body("detail", containsString("outside 10000 to 100000"));
        post(BJ_ZHAO, path(ordinary, "prior-notice"), penalties("CSL-64-2026", daysAgo(10), warning()))
                .statusCode(422).body("type", equalTo("/problems/unverified-legal-basis"));
        get(BJ_ZHAO, "/api/penalty/cases/" + ordinary).statusCode(200).body("stage", equalTo("REVIEW"))
                .body("priorNoticePenalties", hasSize(0));
        get(BJ_ZHAO, path(ordinary, "documents")).statusCode(200).body("$", hasSize(0));

        String serious = inReview(daysAgo(20), true);
        post(BJ_ZHAO, path(serious, "prior-notice"), penalties("PIPL-66", daysAgo(10), fine("50000000")))
                .statusCode(409).body("detail", containsString("legal review"));
        post(BJ_ZHAO, path(serious, "legal-review"), Map.of("opinion", "事实清楚")).statusCode(409)
                .body("detail", containsString("did not investigate"));
        post(CaseDriver.BJ_LEGAL, path(serious, "legal-review"), Map.of("opinion", "事实清楚，证据确凿")).statusCode(200);
        post(BJ_ZHAO, path(serious, "prior-notice"), penalties("PIPL-66", daysAgo(10), fine("50000000.01")))
                .statusCode(422).body("detail", containsString("exceeds the cap of 50000000"));
        post(BJ_ZHAO, path(serious, "prior-notice"), penalties("PIPL-66", daysAgo(10), fine("50000000"),
                person("1000000"), Map.of("type", "BUSINESS_OVERHAUL"))).statusCode(200);
    }

    @Test
    void aDecisionAfterADefenceIsNeverHeavierThanThePriorNotice() {
        String id = inReview(daysAgo(40), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(30), fine("100000"))).statusCode(200);
        post(BJ_ZHAO, path(id, "defence"), Map.of("statement", "不同意。", "on", daysAgo(29).toString())).statusCode(200);
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(28), fine("100000"))).statusCode(409)
                .body("detail", containsString("ask for a hearing until"));
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), fine("200000"))).statusCode(422)
                .body("type", equalTo("/problems/heavier-than-prior-notice"))
                .body("detail", containsString("after the party's defence"));
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), fine("100000"), warning())).statusCode(422);
        get(BJ_ZHAO, "/api/penalty/cases/" + id).statusCode(200).body("stage", equalTo("PRIOR_NOTICE"))
                .body("decisionPenalties", hasSize(0));
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), fine("80000"))).statusCode(200);
    }

    @Test
    void aHearingOnRequestNeedsSevenWorkingDaysNoticeAndComesBeforeTheDecision() {
        String id = inReview(daysAgo(60), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(40), fine("300000"))).statusCode(200);
        post(BJ_ZHAO, path(id, "hearing-request"), Map.of("on", daysAgo(39).toString())).statusCode(200)
                .body("stage", equalTo("HEARING"));
        post(BJ_ZHAO, path(id, "hearing"), Map.of("noticeOn", daysAgo(38).toString(), "hearingOn", daysAgo(36).toString()))
                .statusCode(409).body("type", equalTo("/problems/deadline-passed"))
                .body("detail", containsString("7 working days"));
        post(BJ_ZHAO, path(id, "hearing"), Map.of("noticeOn", daysAgo(38).toString(), "hearingOn", daysAgo(20).toString()))
                .statusCode(200).body("deadlines.find { it.kind == 'HEARING_NOTICE' }.status", equalTo("MET"));
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(19), fine("300000"))).statusCode(409)
                .body("detail", containsString("hold and record"));
        post(BJ_ZHAO, path(id, "hearing-record"), Map.of("record", "当事人到场陈述。", "on", daysAgo(20).toString()))
                .statusCode(200);
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(19), fine("300000"))).statusCode(200);
    }

    @Test
    void aHearingRequestedTooLateIsRefused() {
        String id = inReview(daysAgo(60), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(40), fine("300000"))).statusCode(200);
        post(BJ_ZHAO, path(id, "hearing-request"), Map.of("on", daysAgo(20).toString())).statusCode(409)
                .body("type", equalTo("/problems/deadline-passed"));
    }

    @Test
    void theDecisionClockCanBeExtendedOnceWithAReason() {
        String id = open(BJ_ZHAO, daysAgo(80));
        post(BJ_ZHAO, path(id, "decision-extension"), Map.of("reason", "案情复杂，经负责人批准延长", "days", 30)).statusCode(200)
                .body("deadlines.find { it.kind == 'DECISION' }.dueDate", equalTo(daysAgo(80).plusDays(120).toString()))
                .body("deadlines.find { it.kind == 'DECISION' }.explanation", containsString("案情复杂"));
        post(BJ_ZHAO, path(id, "decision-extension"), Map.of("reason", "again", "days", 30)).statusCode(409);
    }

    private static Set<String> typesOf(List<EventProbe.Event> events, String caseId) {
        return events.stream().filter(e -> caseId.equals(e.key())).map(EventProbe.Event::type).collect(Collectors.toSet());
    }
}
