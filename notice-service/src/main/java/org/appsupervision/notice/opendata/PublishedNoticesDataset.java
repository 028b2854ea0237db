package org.appsupervision.notice.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/**
 * The notices that became public on a day (published, or imported into the archive, that day), a row per item and
 * store as the public notice's table lists them ({@code /api/public/notices/{id}}: 应用名称, 应用开发者, 应用来源, 应用版本,
 * 所涉问题), with the notice's title, kind, batch numbers, deadline and content hash. Nothing the public API does not
 * show: no package names, credit codes, provinces of operators, drafters or approvers.
 */
@ApplicationScoped
public class PublishedNoticesDataset implements OpenDataset {

    static final List<String> COLUMNS = List.of("notice_id", "notice_kind", "notice_title", "yearly_batch",
            "cumulative_batch", "published_at", "public_since", "deadline", "content_hash", "archived",
            "withdraws_notice_id", "reporting_authority", "item_id", "app_name", "developer", "version", "store_code",
            "source", "problem_codes", "problems");

    private final DataSource database;
    private final OpenDataConfig config;

    public PublishedNoticesDataset(DataSource database, OpenDataConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public String name() {
        return "notices";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, """
                SELECT n.id, n.kind, n.title, n.yearly_batch, n.cumulative_batch, n.published_at,
                       (coalesce(n.imported_at, n.published_at) AT TIME ZONE ?)::date, n.deadline_date, n.content_hash,
                       n.imported_by IS NOT NULL, n.withdraws_notice_id, coalesce(i.reported_by, 'MINISTRY'), i.id,
                       i.app_name, i.operator_name, i.app_version, s.store_code, coalesce(st.name_zh, s.store_code, ''),
                       (SELECT coalesce(array_agg(p.problem_code ORDER BY p.problem_code), '{}')
                        FROM notice_item_problem p WHERE p.item_id = i.id),
                       (SELECT coalesce(string_agg(k.label_zh, '、' ORDER BY p.problem_code), '')
                        FROM notice_item_problem p JOIN problem_kind k ON k.code = p.problem_code WHERE p.item_id = i.id)
                FROM notice n
                JOIN notice_item i ON i.notice_id = n.id AND i.subject = 'APP'
                LEFT JOIN notice_item_store s ON s.item_id = i.id
                LEFT JOIN store st ON st.code = s.store_code
                WHERE n.status = 'PUBLISHED'
                  AND coalesce(n.imported_at, n.published_at) >= ? AND coalesce(n.imported_at, n.published_at) < ?
                ORDER BY coalesce(n.imported_at, n.published_at), n.id, i.seq, s.store_code""", sink,
                OpenDataQuery.days(config.zone(), from, to));
    }
}
