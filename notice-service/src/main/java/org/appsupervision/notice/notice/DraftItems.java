package org.appsupervision.notice.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Lays a draft's table out from the submitted apps and SDKs: an entry naming an item of the draft keeps that item (its id,
 * chain, source item and findings), an entry without one adds a new item, and an item no entry names is removed
 * (its links to findings go with it).
 */
final class DraftItems {

    private DraftItems() {
    }

    /**
     * Refuses entries that name no item of {@code notice} (any item, for a new draft), the same item twice, or another
     * app or SDK than the item names.
     */
    static void check(Notice notice, List<DraftNoticeRequest.Entry> apps) {
        Map<UUID, NoticeItem> items = byId(notice);
        Set<UUID> named = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            UUID itemId = apps.get(i).itemId();
            if (itemId == null) {
                continue;
            }
            NoticeItem item = items.get(itemId);
            if (item == null) {
                errors.add(new FieldError("apps[" + i + "].itemId", "names no item of this draft"));
            } else if (!named.add(itemId)) {
                errors.add(new FieldError("apps[" + i + "].itemId", "names an item that another entry keeps already"));
            } else if (apps.get(i) instanceof DraftNoticeRequest.SdkEntry sdk) {
                if (!Objects.equals(item.sdkCode, sdk.sdk())) {
                    errors.add(new FieldError("apps[" + i + "].sdk", "a kept item keeps what it names ("
                            + named(item) + "); to name another SDK, remove the item and add one without itemId"));
                }
            } else if (!Objects.equals(item.packageName, ((DraftNoticeRequest.AppEntry) apps.get(i)).packageName())) {
                errors.add(new FieldError("apps[" + i + "].packageName", "a kept item keeps what it names ("
                        + named(item) + "); to name another app, remove the item and add one without itemId"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String named(NoticeItem item) {
        return item.namesSdk() ? "SDK '" + item.sdkCode + "'" : "app '" + item.packageName + "'";
    }

    /**
     * Replaces the draft's table by {@code apps}, keeping the items they name; {@code sdks} are the registry's rows of
     * the SDKs named. Call after {@link #check}.
     */
    static void lay(Notice notice, List<DraftNoticeRequest.Entry> apps, Map<String, Sdk> sdks) {
        Map<UUID, NoticeItem> items = byId(notice);
        List<NoticeItem> laid = new ArrayList<>(apps.size());
        for (int i = 0; i < apps.size(); i++) {
            DraftNoticeRequest.Entry app = apps.get(i);
            laid.add(app.itemId() == null ? NoticeMapper.toItem(notice, i + 1, app, sdks)
                    : NoticeMapper.update(items.get(app.itemId()), i + 1, app, sdks));
        }
        notice.items.clear();
        notice.items.addAll(laid);
    }

    private static Map<UUID, NoticeItem> byId(Notice notice) {
        return notice.items.stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
    }
}
