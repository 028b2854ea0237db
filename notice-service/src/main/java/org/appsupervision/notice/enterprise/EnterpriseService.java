package org.appsupervision.notice.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.notice.enterprise.EnterpriseViews.App;
import org.appsupervision.notice.enterprise.EnterpriseViews.Problem;
import org.appsupervision.notice.notice.Notice;
import org.appsupervision.notice.notice.NoticeRepository;
import org.appsupervision.notice.notice.NoticeStatus;
import org.appsupervision.notice.reference.ProblemKind;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.reference.Province;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/**
 * What an enterprise reads about itself. Everything of another enterprise, every draft and every unpublished notice is
 * "not found", so an enterprise cannot tell whether it exists.
 */
@ApplicationScoped
public class EnterpriseService {

    static final int APP_FINDINGS = 200;
    private static final String APPS = "enterprise-apps";
    private static final String FINDINGS = "enterprise-findings";
    private static final String NOTICES = "enterprise-notices";
    private static final String MINISTRY_NAME = "工业和信息化部";

    private final EnterpriseQueries queries;
    private final NoticeRepository notices;
    private final ProblemKindRepository problemKinds;
    private final ProvinceRepository provinces;

    public EnterpriseService(EnterpriseQueries queries, NoticeRepository notices, ProblemKindRepository problemKinds,
            ProvinceRepository provinces) {
        this.queries = queries;
        this.notices = notices;
        this.problemKinds = problemKinds;
        this.provinces = provinces;
    }

    @Transactional
    public Page<App> apps(EnterpriseScope scope, PageRequest page) {
        return Page.of(queries.apps(scope.creditCode(), null, page.after(APPS), page.limit() + 1), page.limit(),
                app -> Cursor.encode(APPS, app.name(), app.packageName()), Function.identity());
    }

    @Transactional
    public EnterpriseViews.AppDetail app(EnterpriseScope scope, String packageName) {
        App app = queries.apps(scope.creditCode(), packageName, null, 1).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("App", packageName));
        return new EnterpriseViews.AppDetail(app, queries.findingCount(scope.creditCode(), packageName),
                queries.findings(scope.creditCode(), packageName, null, APP_FINDINGS, problems(), authorities()),
                queries.noticesOfApp(scope.creditCode(), packageName));
    }

    @Transactional
    public Page<EnterpriseViews.Finding> findings(EnterpriseScope scope, String packageName, PageRequest page) {
        Cursor after = page.after(FINDINGS);
        return Page.of(queries.findings(scope.creditCode(), packageName, after == null ? null : after.number(0),
                page.limit() + 1, problems(), authorities()), page.limit(),
                finding -> Cursor.encode(FINDINGS, finding.id()), Function.identity());
    }

    @Transactional
    public Page<EnterpriseViews.NoticeLine> notices(EnterpriseScope scope, PageRequest page) {
        return Page.of(queries.notices(scope.creditCode(), page.after(NOTICES), page.limit() + 1), page.limit(),
                notice -> Cursor.encode(NOTICES, notice.publishedAt(), notice.id()), Function.identity());
    }

    @Transactional
    public EnterpriseViews.Notice notice(EnterpriseScope scope, UUID id) {
        List<EnterpriseViews.Item> items = queries.items(scope.creditCode(), id, problems());
        Notice notice = notices.findByIdOptional(id).filter(n -> n.status == NoticeStatus.PUBLISHED)
                .orElse(null);
        if (notice == null || items.isEmpty()) {
            throw ProblemException.notFound("Notice", id);
        }
        return new EnterpriseViews.Notice(notice.id, notice.kind, notice.title, notice.publishedAt, notice.yearlyBatch,
                notice.cumulativeBatch, notice.deadlineDate, notice.deadlineRule, notice.contentHash,
                notice.items.size(), notice.imported(), items);
    }

    private Function<List<String>, List<Problem>> problems() {
        Map<String, ProblemKind> kinds = problemKinds.listAll().stream()
                .collect(Collectors.toMap(k -> k.code, k -> k));
        return codes -> codes.stream().map(code -> {
            ProblemKind kind = kinds.get(code);
            return new Problem(code, kind == null ? null : kind.labelZh, kind == null ? null : kind.labelEn);
        }).toList();
    }

    private Function<String, String> authorities() {
        return code -> {
            if (code == null || "MINISTRY".equals(code)) {
                return MINISTRY_NAME;
            }
            Province province = provinces.findById(code);
            return province == null ? code : province.bureauZh;
        };
    }
}
