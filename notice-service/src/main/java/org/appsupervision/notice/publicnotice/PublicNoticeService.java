package org.appsupervision.notice.publicnotice;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.notice.notice.Notice;
import org.appsupervision.notice.notice.NoticeItem;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.NoticeRepository;
import org.appsupervision.notice.notice.NoticeStatus;
import org.appsupervision.notice.notice.ReportingAuthorities;
import org.appsupervision.notice.notice.ReportingAuthority;
import org.appsupervision.notice.reference.Province;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.notice.reference.ProblemKind;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.store.Store;
import org.appsupervision.notice.store.StoreRepository;
import org.appsupervision.platform.problem.ProblemException;

/** What the public may read: published notices, as data, as the ministry's document, as tables and as a feed. */
@ApplicationScoped
public class PublicNoticeService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NoticeRepository notices;
    private final StoreRepository stores;
    private final ProblemKindRepository problemKinds;
    private final PublicNoticeQueries queries;
    private final Template document;
    private final ReportingAuthorities authorities;
    private final ProvinceRepository provinces;

    public PublicNoticeService(NoticeRepository notices, StoreRepository stores, ProblemKindRepository problemKinds,
            PublicNoticeQueries queries, @Location("notice-document.html") Template document,
            ReportingAuthorities authorities, ProvinceRepository provinces) {
        this.authorities = authorities;
        this.provinces = provinces;
        this.notices = notices;
        this.stores = stores;
        this.problemKinds = problemKinds;
        this.queries = queries;
        this.document = document;
    }

    @Transactional
    public PublicNoticeView.Page search(PublicNoticeQueries.Criteria criteria, int page, int size) {
        return queries.search(criteria, page, size);
    }

    @Transactional
    public PublicNoticeView get(UUID id) {
        Notice notice = published(id);
        UUID withdrawnBy = notices.find("withdrawsNoticeId = ?1 and status = ?2", id, NoticeStatus.PUBLISHED)
                .firstResultOptional().map(n -> n.id).orElse(null);
        List<NoticeAnnexes.AuthoredRow> rows = rows(notice);
        List<PublicNoticeView.SdkRow> sdkRows = sdkRows(notice);
        LocalDate published = notice.publishedAt.atZone(BEIJING).toLocalDate();
        return new PublicNoticeView(notice.id, notice.kind.name(), notice.title, notice.publishedAt, notice.yearlyBatch,
                notice.cumulativeBatch, notice.deadlineDate, notice.deadlineRule, notice.contentHash,
                notice.withdrawsNoticeId, withdrawnBy, (int) notice.items.stream().filter(i -> !i.namesSdk()).count(),
                rows.stream().map(NoticeAnnexes.AuthoredRow::row).toList(), notice.imported(), notice.archiveNote,
                NoticeWording.legalBasis(notice.kind, published),
                NoticeWording.bureauPenaltyInstruction(notice.kind, published),
                NoticeAnnexes.of(notice.kind, rows, this::authorityName), sdkRows.size(), sdkRows);
    }

    @Transactional
    public String document(UUID id) {
        PublicNoticeView notice = get(id);
        LocalDate published = notice.publishedAt().atZone(BEIJING).toLocalDate();
        return document.data("notice", notice)
                .data("rectifies", !NoticeKind.TAKEDOWN.name().equals(notice.kind()))
                .data("recheck", NoticeKind.RECHECK.name().equals(notice.kind()))
                .data("publishedOn", CHINESE_DATE.format(published))
                .data("deadlineOn", notice.deadline() == null ? null : CHINESE_DATE.format(notice.deadline()))
                .data("columns", NoticeTable.COLUMNS)
                .data("sdkColumns", NoticeTable.SDK_COLUMNS)
                .data("sdkHeading", PublicNoticeView.SDK_HEADING)
                .data("bureaus", notice.annexes().stream().anyMatch(a -> !ReportingAuthority.MINISTRY.equals(a.authority())))
                .render();
    }

    @Transactional
    public byte[] csv(UUID id) {
        return NoticeTable.csv(get(id).annexes());
    }

    @Transactional
    public byte[] xlsx(UUID id) {
        PublicNoticeView notice = get(id);
        return NoticeTable.xlsx(notice.title(), notice.annexes());
    }

    private Notice published(UUID id) {
        return notices.findByIdOptional(id).filter(n -> n.status == NoticeStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Published notice", id));
    }

    /** One row per app and store, with the authority whose annex lists it; an app with no named store gets one row. */
    private List<NoticeAnnexes.AuthoredRow> rows(Notice notice) {
        Map<String, Store> storeNames = stores.byCode(notice.items.stream()
                .flatMap(i -> i.storeCodes.stream()).collect(Collectors.toSet()));
        Map<String, String> problemLabels = problemKinds.listAll().stream()
                .collect(Collectors.toMap(k -> k.code, (ProblemKind k) -> k.labelZh, (a, b) -> a));
        Map<UUID, String> authorityOf = authorities.of(notice);
        List<NoticeAnnexes.AuthoredRow> rows = new ArrayList<>();
        for (NoticeItem item : notice.items) {
            if (item.namesSdk()) {
                continue;
            }
            String problems = item.problemCodes.stream().map(c -> problemLabels.getOrDefault(c, c))
                    .collect(Collectors.joining("、"));
            List<String> sources = item.storeCodes.isEmpty() ? List.of("")
                    : item.storeCodes.stream().map(code -> {
                        Store store = storeNames.get(code);
                        return store == null ? code : store.nameZh;
                    }).toList();
            for (String source : sources) {
                rows.add(new NoticeAnnexes.AuthoredRow(authorityOf.get(item.id), item.id, new PublicNoticeView.Row(
                        rows.size() + 1, item.appName, item.operatorName, source, item.appVersion, problems)));
            }
        }
        return rows;
    }

    /** One row per SDK item, in the notice's order, numbered from 1. */
    private List<PublicNoticeView.SdkRow> sdkRows(Notice notice) {
        Map<String, String> problemLabels = problemKinds.listAll().stream()
                .collect(Collectors.toMap(k -> k.code, (ProblemKind k) -> k.labelZh, (a, b) -> a));
        List<PublicNoticeView.SdkRow> rows = new ArrayList<>();
        for (NoticeItem item : notice.items) {
            if (item.namesSdk()) {
                rows.add(new PublicNoticeView.SdkRow(rows.size() + 1, item.sdkNameZh, item.operatorName,
                        String.join("、", item.sdkVersions), item.problemCodes.stream()
                                .map(c -> problemLabels.getOrDefault(c, c)).collect(Collectors.joining("、"))));
            }
        }
        return rows;
    }

    private String authorityName(String authority) {
        if (ReportingAuthority.MINISTRY.equals(authority)) {
            return ReportingAuthority.MINISTRY_NAME;
        }
        return provinces.findByIdOptional(authority).map((Province p) -> p.bureauZh).orElse(authority);
    }
}
