package org.appsupervision.penalty.deadline;

import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;

/** The statutory time limits of a penalty case, with how each is counted and the rule it comes from. */
public enum DeadlineKind {
    DECISION(90, CountRule.CALENDAR_DAYS, true,
            "行政处罚法第六十条：自立案之日起九十日内作出行政处罚决定（可依法延长） / decision within 90 days of filing"),
    HEARING_REQUEST(5, CountRule.WORKING_DAYS, false,
            "行政处罚法第六十四条第一项：当事人在告知后五日内提出听证要求 / hearing request within 5 working days of the prior notice"),
    HEARING_NOTICE(7, CountRule.WORKING_DAYS, true,
            "行政处罚法第六十四条第二项：举行听证的七日前通知当事人 / hearing notice at least 7 working days ahead"),
    SERVICE(7, CountRule.WORKING_DAYS, true,
            "行政处罚法第六十一条：决定书七日内送达当事人 / service of the decision within 7 working days"),
    PAYMENT(15, CountRule.CALENDAR_DAYS, false,
            "行政处罚法第六十七条：自收到决定书之日起十五日内缴纳罚款 / payment within 15 days of service");

    private final int days;
    private final CountRule rule;
    private final boolean bureauObligation;
    private final String legalRule;

    DeadlineKind(int days, CountRule rule, boolean bureauObligation, String legalRule) {
        this.days = days;
        this.rule = rule;
        this.bureauObligation = bureauObligation;
        this.legalRule = legalRule;
    }

    public int days() {
        return days;
    }

    public CountRule rule() {
        return rule;
    }

    /** Whether the bureau must act by the date (otherwise it is the party's period). */
    public boolean bureauObligation() {
        return bureauObligation;
    }

    public String legalRule() {
        return legalRule;
    }
}
