package org.appsupervision.notice.finding.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingLineCheckTest {

    private final FindingLineCheck check = new FindingLineCheck(Set.of("collect-beyond-scope", "excessive-permissions"),
            Set.of("11", "44"), Instant.parse("2026-01-01T00:00:00Z"));

    static FindingLine douban() {
        return new FindingLine("com.douban.frodo", "豆瓣", "7.18.0", "huawei", List.of("collect-beyond-scope"),
                "读取通讯录", List.of("report-1.pdf"), "2021-10-20T10:00:00+08:00", "北京豆网科技有限公司",
                "91110108551385082Q", "京ICP备05002222号-2A");
    }

    @Test
    void acceptsAWellFormedFinding() {
        assertEquals(List.of(), check.problems(douban()));
    }

    @Test
    void reportsEveryReasonALineIsBad() {
        FindingLine bad = new FindingLine("douban", "豆瓣", "7.18.0", "Huawei Store", List.of("no-such-problem"),
                null, List.of(), "yesterday", "北京豆网科技有限公司", "91110108551385082A", "京ICP备05002222号-2");
        List<String> why = check.problems(bad);
        assertEquals(6, why.size(), why.toString());
        assertTrue(why.get(0).contains("not an Android package name"));
        assertTrue(why.stream().anyMatch(w -> w.contains("unknown problem code 'no-such-problem'")));
        assertTrue(why.stream().anyMatch(w -> w.contains("check character should be Q")));
    }

    @Test
    void takesADateAloneAsMidnightBeijingTime() {
        assertEquals(Instant.parse("2021-10-19T16:00:00Z"), FindingLineCheck.detectedAt("2021-10-20").toInstant());
    }

    @Test
    void rejectsAnOperatorWhoseCreditCodeNamesNoProvince() {
        FindingLine line = douban();
        FindingLine other = new FindingLine(line.packageName(), line.appName(), line.version(), line.sourceStore(),
                line.problems(), null, null, line.detectedAt(), line.operatorName(), "91330100799655058B", null);
        assertTrue(check.problems(other).get(0).contains("('33') name no province"));
    }

    @Test
    void reportsANullProblemCodeAndCutsLongValuesItQuotes() {
        FindingLine line = new FindingLine("com.douban.frodo", "豆瓣", "7.18.0", "x".repeat(5000),
                java.util.Arrays.asList("collect-beyond-scope", null), null, List.of(), "2021-10-20T10:00:00+08:00",
                "北京豆网科技有限公司", "91110108551385082Q", "京ICP备" + "0".repeat(100_000) + "号-2A");
        List<String> why = check.problems(line);
        assertEquals(3, why.size(), why.toString());
        assertTrue(why.contains("unknown problem code 'null'"), why.toString());
        assertTrue(why.stream().allMatch(w -> w.length() < 200), why.toString());
    }

    @Test
    void refusesALineHoldingU0000ThatPostgresqlCannotStore() {
        FindingLine line = new FindingLine("com.douban.frodo", "豆\0瓣", "7.18.0", "huawei",
                List.of("collect-beyond-scope"), "证据\0", List.of(), "2021-10-20T10:00:00+08:00", "北京豆网科技有限公司",
                "91110108551385082Q", null);
        assertTrue(check.problems(line).contains(FindingLineCheck.NUL_PROBLEM));
    }

    @Test
    void refusesALineHoldingAnUnpairedSurrogateThatPostgresqlWouldStoreAltered() {
        assertTrue(check.problems(new FindingLine("com.douban.frodo", "豆瓣\uD800", "7.18.0", "huawei",
                List.of("collect-beyond-scope"), "证据", List.of(), "2021-10-20T10:00:00+08:00", "北京豆网科技有限公司",
                "91110108551385082Q", null)).contains(FindingLineCheck.SURROGATE_PROBLEM));
        assertTrue(check.problems(new FindingLine("com.douban.frodo", "豆瓣", "7.18.0", "huawei",
                List.of("collect-beyond-scope"), "证据", List.of("r\uD800", "\uDC00"), "2021-10-20T10:00:00+08:00",
                "北京豆网科技有限公司", "91110108551385082Q", null)).contains(FindingLineCheck.SURROGATE_PROBLEM));
        assertEquals(List.of(), check.problems(new FindingLine("com.douban.frodo", "豆瓣\uD83D\uDE00", "7.18.0", "huawei",
                List.of("collect-beyond-scope"), "证据", List.of(), "2021-10-20T10:00:00+08:00", "北京豆网科技有限公司",
                "91110108551385082Q", null)));
    }
}
