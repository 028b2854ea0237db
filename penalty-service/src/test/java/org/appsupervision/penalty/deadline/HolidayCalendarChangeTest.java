package org.appsupervision.penalty.deadline;

import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.GD_CHEN;
import static org.appsupervision.penalty.cases.CaseDriver.MINISTRY;
import static org.appsupervision.penalty.cases.CaseDriver.fine;
import static org.appsupervision.penalty.cases.CaseDriver.get;
import static org.appsupervision.penalty.cases.CaseDriver.inReview;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.penalties;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class HolidayCalendarChangeTest {

    /** The 2025 National Day holiday as notice-service's admin would publish it. */
    static final String NATIONAL_DAY_2025 = """
            {"year":2025,"holidays":["2025-01-01","2025-10-01","2025-10-02","2025-10-03","2025-10-04","2025-10-05",
             "2025-10-06","2025-10-07","2025-10-08"],"adjustedWorkingDays":["2025-09-28","2025-10-11"],
             "changedBy":"admin","changedAt":"2025-01-02T08:00:00Z"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aCalendarChangeRecomputesOpenWorkingDayDeadlinesAndKeepsHowTheyWereCounted() {
        String id = inReview(LocalDate.parse("2025-09-01"), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", LocalDate.parse("2025-09-26"), fine("100000")))
                .statusCode(200)
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.dueDate", equalTo("2025-10-03"))
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.explanation",
                        containsString("no holiday calendar maintained for [2025]"));

        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "HolidayCalendarChanged", "2025",
                NATIONAL_DAY_2025);

        await().atMost(Duration.ofSeconds(30)).until(() -> "2025-10-10".equals(get(BJ_ZHAO, "/api/penalty/cases/" + id)
                .extract().path("deadlines.find { it.kind == 'HEARING_REQUEST' }.dueDate")));
        get(BJ_ZHAO, "/api/penalty/cases/" + id).statusCode(200)
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.explanation", containsString("2025-10-01 (holiday)"))
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.explanation",
                        containsString("adjusted working days [2025-09-28]"))
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.explanation", containsString("recomputed"))
                .body("deadlines.find { it.kind == 'HEARING_REQUEST' }.legalRule", containsString("第六十四条"))
                .body("deadlines.find { it.kind == 'DECISION' }.dueDate", equalTo("2025-11-30"));

        // Under the weekends-only count the request of 9 October would have been late.
        post(BJ_ZHAO, path(id, "hearing-request"), Map.of("on", "2025-10-09")).statusCode(200);

        get(BJ_ZHAO, "/api/penalty/deadlines?within=0").statusCode(200)
                .body("findAll { it.deadline.caseId == '" + id + "' }.deadline.kind", hasItem("DECISION"))
                .body("find { it.deadline.caseId == '" + id + "' && it.deadline.kind == 'DECISION' }.deadline.overdue",
                        equalTo(true))
                .body("find { it.deadline.caseId == '" + id + "' }.caseNumber", containsString("京通案〔2025〕"));
        get(MINISTRY, "/api/penalty/deadlines?within=0").statusCode(200).body("deadline.caseId", hasItem(id));
        get(GD_CHEN, "/api/penalty/deadlines?within=0").statusCode(200).body("deadline.caseId", not(hasItem(id)));
    }
}
