package org.appsupervision.notice.duallist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.appsupervision.notice.duallist.DisclosureRule.Declared;
import org.appsupervision.notice.duallist.DisclosureRule.Judgement;
import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

    private final List<Declared> declared = List.of(new Declared("COLLECTED", "location", null),
            new Declared("SHARED", "device-id", " Tencent Ads"));

    @Test
    void aCollectedKindIsDisclosedWhenTheCollectionListNamesIt() {
        assertEquals(new Judgement(true, null), DisclosureRule.judge("COLLECTED", "location", null, declared));
        assertEquals(new Judgement(false, "not declared"), DisclosureRule.judge("COLLECTED", "contacts", null, declared));
    }

    @Test
    void sharingNeedsTheSameKindAndTheSameRecipientTrimmedAndCaseInsensitive() {
        assertEquals(new Judgement(true, null), DisclosureRule.judge("SHARED", "device-id", "tencent ADS ", declared));
        assertEquals(new Judgement(false, "not declared"), DisclosureRule.judge("SHARED", "device-id", "ByteDance", declared));
        assertEquals(new Judgement(false, "not declared"), DisclosureRule.judge("SHARED", "location", "Tencent Ads", declared));
    }

    @Test
    void collectingIsNotDisclosedBySharingNorSharingByCollecting() {
        assertEquals(false, DisclosureRule.judge("COLLECTED", "device-id", null, declared).disclosed());
        assertEquals(false, DisclosureRule.judge("SHARED", "location", null, declared).disclosed());
    }

    @Test
    void withoutAPublishedListEveryFlowIsUndisclosedForThatReason() {
        assertEquals(new Judgement(false, "no dual list"), DisclosureRule.judge("COLLECTED", "location", null, null));
        assertEquals(new Judgement(false, "not declared"), DisclosureRule.judge("COLLECTED", "location", null, List.of()));
    }

    @Test
    void appVersionsAreOrderedNewestFirstByTheirNumbers() {
        List<String> versions = new java.util.ArrayList<>(List.of("7.9.2", "7.18.0", "10.0", "7.18.0-beta", "1"));
        versions.sort(DualListCheckService.AppVersionOrder.NEWEST_FIRST);
        assertEquals(List.of("10.0", "7.18.0-beta", "7.18.0", "7.9.2", "1"), versions);
    }
}
