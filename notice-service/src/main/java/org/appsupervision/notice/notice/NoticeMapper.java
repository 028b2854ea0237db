package org.appsupervision.notice.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.confirmation.StoreConfirmation;
import org.appsupervision.notice.rectification.ItemRectification;
import org.appsupervision.notice.reinstatement.TakedownLifting;
import org.appsupervision.notice.sdk.Sdk;

/** Maps between the API's records and the notice entities. */
final class NoticeMapper {

    private NoticeMapper() {
    }

    static NoticeItem toItem(Notice notice, int seq, DraftNoticeRequest.Entry entry, Map<String, Sdk> sdks) {
        NoticeItem item = new NoticeItem();
        item.id = UUID.randomUUID();
        item.chainId = UUID.randomUUID();
        item.notice = notice;
        return update(item, seq, entry, sdks);
    }

    /** Sets an item's content from an app or SDK entry; {@code sdks} holds the registry's row of every SDK named. */
    static NoticeItem update(NoticeItem item, int seq, DraftNoticeRequest.Entry entry, Map<String, Sdk> sdks) {
        return entry instanceof DraftNoticeRequest.SdkEntry sdk ? update(item, seq, sdk, sdks.get(sdk.sdk()))
                : update(item, seq, (DraftNoticeRequest.AppEntry) entry);
    }

    /** Sets an SDK item: the registry's names and provider (the item's party) are frozen into it here. */
    static NoticeItem update(NoticeItem item, int seq, DraftNoticeRequest.SdkEntry entry, Sdk sdk) {
        item.seq = seq;
        item.subject = NoticeItem.Subject.SDK;
        item.sdkCode = sdk.code;
        item.sdkNameZh = sdk.nameZh;
        item.sdkNameEn = sdk.nameEn;
        item.sdkVersions = entry.sdkVersions().stream().map(String::strip).toArray(String[]::new);
        item.appName = null;
        item.packageName = null;
        item.appVersion = null;
        item.operatorName = sdk.providerName;
        item.operatorCreditCode = sdk.providerCreditCode;
        item.operatorProvinceCode = sdk.providerProvinceCode;
        item.refusedRectification = false;
        item.reportedBy = entry.reportedBy();
        item.problemCodes = new LinkedHashSet<>(entry.problems());
        item.storeCodes = new LinkedHashSet<>();
        return item;
    }

    /** Sets an item's content from the entry; its id, chain, notice and source item stay. */
    static NoticeItem update(NoticeItem item, int seq, DraftNoticeRequest.AppEntry app) {
        item.seq = seq;
        item.subject = NoticeItem.Subject.APP;
        item.sdkCode = null;
        item.sdkNameZh = null;
        item.sdkNameEn = null;
        item.sdkVersions = null;
        item.appName = app.name().strip();
        item.packageName = app.packageName();
        item.appVersion = app.version() == null || app.version().isBlank() ? null : app.version().strip();
        item.operatorName = app.operator().name().strip();
        item.operatorCreditCode = app.operator().creditCode();
        item.operatorProvinceCode = UnifiedSocialCreditCode.provinceCode(app.operator().creditCode());
        item.refusedRectification = app.refusedRectification();
        item.reportedBy = app.reportedBy();
        item.problemCodes = new LinkedHashSet<>(app.problems());
        item.storeCodes = app.stores() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(app.stores());
        return item;
    }

    /** The related data of a notice's items that lives outside the notice itself. */
    record Related(Map<UUID, List<StoreConfirmation>> confirmations, Map<UUID, ItemRectification> rectifications,
            Map<UUID, TakedownLifting> liftings, Set<String> knownStores, Set<String> inactiveStores,
            Map<UUID, List<Long>> findings, Map<String, Set<String>> takenDown, UUID withdrawnBy,
            Map<UUID, String> authorities) {
    }

    static NoticeView toView(Notice notice, Related related) {
        List<NoticeView.Item> items = notice.items.stream().map(item -> {
            List<NoticeView.Confirmation> confirmed = related.confirmations().getOrDefault(item.id, List.of()).stream()
                    .map(c -> new NoticeView.Confirmation(c.storeCode, c.orderId, c.removedAt, c.confirmedAt,
                            c.listingReference))
                    .toList();
            ItemRectification r = related.rectifications().get(item.id);
            TakedownLifting l = related.liftings().get(item.id);
            return new NoticeView.Item(item.seq, item.id, item.chainId, item.appName, item.packageName,
                    item.appVersion,
                    item.namesSdk() ? null
                            : new NoticeView.Operator(item.operatorName, item.operatorCreditCode, item.operatorProvinceCode),
                    List.copyOf(item.problemCodes), List.copyOf(item.storeCodes), item.refusedRectification,
                    confirmed.size(), confirmed,
                    item.storeCodes.stream().filter(code -> !related.knownStores().contains(code)).toList(),
                    r == null ? null : new NoticeView.Rectification(r.status.name(), r.fixedVersion, r.note, r.setBy,
                            r.setAt, r.deadlinePassedAt, r.basis == null ? null : r.basis.name(),
                            r.basis == ItemRectification.Basis.OVERRIDE, r.overrideReason, r.recheckTaskId,
                            r.recheckOutcome == null ? null : r.recheckOutcome.name()),
                    l == null ? null : new NoticeView.Lifting(l.reason, l.liftedBy, l.liftedAt),
                    item.sourceItemId, related.findings().getOrDefault(item.id, List.of()),
                    item.storeCodes.stream().filter(related.inactiveStores()::contains).toList(),
                    item.packageName == null ? List.of() // an archived row may name no package
                            : List.copyOf(related.takenDown().getOrDefault(item.packageName, Set.of())),
                    related.authorities().get(item.id), item.subject.name(), sdk(item));
        }).toList();
        NoticeView.Deadline deadline = notice.kind == NoticeKind.TAKEDOWN ? null : new NoticeView.Deadline(
                notice.deadlineDate, notice.deadlineRule, notice.rectificationDays, notice.workingDays,
                notice.requestedDeadline, notice.deadlineExplanation);
        return new NoticeView(notice.id, notice.kind, notice.title, notice.status, notice.draftedBy,
                List.copyOf(notice.editors), notice.draftedAt, notice.approvedBy, notice.approvedAt, notice.publishedBy, notice.publishedAt,
                items, notice.batchYear, notice.yearlyBatch, notice.cumulativeBatch, deadline, notice.contentHash,
                notice.withdrawsNoticeId, related.withdrawnBy(), notice.sourceNoticeId,
                notice.withdrawnBy == null ? null
                        : new NoticeView.Withdrawal(notice.withdrawalReason, notice.withdrawnBy, notice.withdrawnAt),
                imported(notice));
    }

    /** The SDK an item names, as frozen at drafting; null for an app item. */
    static NoticeView.Sdk sdk(NoticeItem item) {
        return item.namesSdk() ? new NoticeView.Sdk(item.sdkCode, item.sdkNameZh, item.sdkNameEn, item.operatorName,
                item.operatorCreditCode == null ? null : item.operatorCreditCode.strip(), List.of(item.sdkVersions))
                : null;
    }

    static NoticeView.Imported imported(Notice notice) {
        return notice.imported() ? new NoticeView.Imported(notice.importedBy, notice.importedAt, notice.archiveSource,
                notice.archiveNote)
                : null;
    }

    static NoticeView.Summary toSummary(Notice notice, int appCount) {
        return new NoticeView.Summary(notice.id, notice.kind, notice.title, notice.status, notice.draftedBy,
                notice.draftedAt, notice.publishedAt, appCount, notice.deadlineDate, notice.imported());
    }
}
