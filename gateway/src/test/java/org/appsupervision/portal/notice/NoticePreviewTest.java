package org.appsupervision.portal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.publicnotice.NoticeDocument;
import org.appsupervision.gateway.StubServices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** A draft's preview builds the attachment table the way the published document has it. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class NoticePreviewTest {

    private static NoticeViews.Item item(int seq, String app, List<String> stores) {
        return new NoticeViews.Item(seq, UUID.randomUUID(), app, "com." + seq, "1.0." + seq,
                new NoticeViews.Operator("运营者" + seq, "91110000000000000X", "11"),
                List.of("collect-beyond-scope", "unknown-code"), stores, false, List.of(), List.of(), List.of(), "APP", null);
    }

    @Test
    void aRowPerAppAndStoreWithLabelsAndNumbersToCome() {
        NoticeViews.Detail draft = new NoticeViews.Detail(UUID.randomUUID(), "RECTIFICATION", "关于APP的通报", "DRAFT",
                "zhou.senior", List.of(), null, null, null, null, null,
                List.of(item(2, "乙", List.of()), item(1, "甲", List.of("huawei", "xiaomi"))), null, null,
                new NoticeViews.Deadline(null, null, 15, true, null, null), null, null, null, null, null);
        PortalMessages zh = MessageBundles.get(PortalMessages.class, Localized.Literal.of("zh"));

        NoticeDocument preview = NoticePreview.of(draft, Map.of("collect-beyond-scope", "超范围收集个人信息"),
                Map.of("huawei", "华为应用市场"), zh);

        assertEquals(List.of(
                new NoticeDocument.Row(1, "甲", "运营者1", "华为应用市场", "1.0.1", "超范围收集个人信息、unknown-code"),
                new NoticeDocument.Row(2, "甲", "运营者1", "xiaomi", "1.0.1", "超范围收集个人信息、unknown-code"),
                new NoticeDocument.Row(3, "乙", "运营者2", "", "1.0.2", "超范围收集个人信息、unknown-code")), preview.rows());
        assertEquals(2, preview.appCount());
        assertEquals("〔自发布之日起15个工作日〕", preview.deadlineText());
        assertTrue(preview.title().startsWith("关于APP的通报(" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + "年第〔发布时编号〕批"), preview.title());
    }

    @Test
    void theDrafterAndEveryEditorCountAsAuthors() {
        NoticeViews.Detail edited = new NoticeViews.Detail(UUID.randomUUID(), "RECTIFICATION", "关于APP的通报", "DRAFT",
                "wang.official", List.of("zhou.official"), null, null, null, null, null, List.of(), null, null, null,
                null, null, null, null, null);
        org.junit.jupiter.api.Assertions.assertTrue(edited.authoredBy("wang.official"));
        org.junit.jupiter.api.Assertions.assertTrue(edited.authoredBy("zhou.official"));
        org.junit.jupiter.api.Assertions.assertFalse(edited.authoredBy("li.approver"));
        org.junit.jupiter.api.Assertions.assertEquals("zhou.official", edited.editors());
    }
}
