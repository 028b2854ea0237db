package org.appsupervision.notice.publicnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.ReportingAuthority;

/**
 * Splits a notice's rows into its annexes, one per reporting authority in the real order (the ministry's first, then
 * the bureaus' by province code), each numbered from 1, with the headings of the real notices.
 */
final class NoticeAnnexes {

    /** A row with the authority whose annex lists it and the item it comes from. */
    record AuthoredRow(String authority, Object item, PublicNoticeView.Row row) {
    }

    private NoticeAnnexes() {
    }

    static List<PublicNoticeView.Annex> of(NoticeKind kind, List<AuthoredRow> rows, Function<String, String> names) {
        Map<String, List<AuthoredRow>> byAuthority = new TreeMap<>(ReportingAuthority.ANNEX_ORDER);
        rows.forEach(row -> byAuthority.computeIfAbsent(row.authority(), a -> new ArrayList<>()).add(row));
        List<PublicNoticeView.Annex> annexes = new ArrayList<>();
        for (Map.Entry<String, List<AuthoredRow>> entry : byAuthority.entrySet()) {
            int number = annexes.size() + 1;
            String name = names.apply(entry.getKey());
            List<PublicNoticeView.Row> numbered = new ArrayList<>();
            for (AuthoredRow r : entry.getValue()) {
                PublicNoticeView.Row row = r.row();
                numbered.add(new PublicNoticeView.Row(numbered.size() + 1, row.appName(), row.developer(), row.source(),
                        row.version(), row.problems()));
            }
            int apps = (int) entry.getValue().stream().map(AuthoredRow::item).distinct().count();
            annexes.add(new PublicNoticeView.Annex(number, byAuthority.size() == 1 ? "附件" : "附件" + number,
                    entry.getKey(), name, heading(kind, name), apps, numbered));
        }
        return annexes;
    }

    /** 工业和信息化部下架的应用软件名单, 山西省通信管理局下架的应用软件名单; for rectification notices the apps to rectify. */
    static String heading(NoticeKind kind, String authorityName) {
        return authorityName + (kind == NoticeKind.TAKEDOWN ? "下架的应用软件名单" : "通报的未完成整改APP名单");
    }
}
