package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** Drafting, editing, approving and publishing notices. Publication freezes a notice for good. */
@ApplicationScoped
public class NoticeService {

    private static final String LIST = "notices";

    private final NoticeRepository notices;
    private final NoticeDraftValidation validation;
    private final NoticeSources sources;
    private final NoticePublisher publisher;
    private final NoticeViews views;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, NoticeDraftValidation validation, NoticeSources sources,
            NoticePublisher publisher, NoticeViews views) {
        this.notices = notices;
        this.validation = validation;
        this.sources = sources;
        this.publisher = publisher;
        this.views = views;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public NoticeView draft(DraftNoticeRequest request, String official) {
        Map<String, Sdk> sdks = validation.check(request);
        Notice notice = new Notice();
        DraftItems.check(notice, request.apps());
        notice.id = UUID.randomUUID();
        notice.status = NoticeStatus.DRAFT;
        notice.draftedBy = official;
        notice.draftedAt = Instant.now(clock);
        fillTerms(notice, request);
        DraftItems.lay(notice, request.apps(), sdks);
        notices.persist(notice);
        return views.of(notice);
    }

    /** Drafts a notice naming the apps of the given findings (a row per app, its stores and problems merged). */
    @Transactional
    public NoticeView draftFromFindings(DraftFromFindingsRequest request, String official) {
        DraftNoticeRequest draft = sources.fromFindings(request);
        NoticeView view = draft(draft, official);
        sources.linkFindings(view, request.findingIds());
        return views.of(find(view.id()));
    }

    /**
     * Drafts a re-check or takedown notice naming the items of an earlier notice that were not rectified and, if
     * given, the apps of findings; each item keeps its links (source item, findings).
     */
    @Transactional
    public NoticeView draftFromUnrectified(DraftFromNoticeRequest request, String official) {
        NoticeSources.Unrectified source = sources.unrectifiedOf(request);
        NoticeView view = draft(source.request(), official);
        Notice notice = find(view.id());
        notice.sourceNoticeId = request.sourceNoticeId();
        for (int i = 0; i < notice.items.size(); i++) {
            notice.items.get(i).sourceItemId = source.sourceItemIds().get(i);
        }
        if (request.findingIds() != null && !request.findingIds().isEmpty()) {
            sources.linkFindings(view, request.findingIds());
        }
        return views.of(notice);
    }

    /** Replaces the content of a draft; anything approved or published is refused. */
    @Transactional
    public NoticeView edit(UUID id, DraftNoticeRequest request, String official) {
        Notice notice = find(id);
        if (notice.status != NoticeStatus.DRAFT) {
            throw ProblemException.conflict("Notice " + id + " is " + notice.status
                    + "; only a draft can be edited, and a published notice never changes (withdraw it by a new notice)");
        }
        Map<String, Sdk> sdks = validation.check(request);
        DraftItems.check(notice, request.apps());
        fillTerms(notice, request);
        DraftItems.lay(notice, request.apps(), sdks);
        notice.shapedBy(official);
        notices.flush();
        return views.of(notice);
    }

    @Transactional
    public NoticeView approve(UUID id, String approver) {
        Notice notice = find(id);
        if (notice.status != NoticeStatus.DRAFT) {
            throw ProblemException.conflict("Notice " + id + " is " + notice.status + "; only a draft can be approved");
        }
        FourEyesCheck.requireNoAuthor(notice, approver);
        notice.status = NoticeStatus.APPROVED;
        notice.approvedBy = approver;
        notice.approvedAt = Instant.now(clock);
        return views.of(notice);
    }

    @Transactional
    public NoticeView publish(UUID id, String approver) {
        Notice notice = find(id);
        if (notice.status != NoticeStatus.APPROVED) {
            throw ProblemException.conflict("Notice " + id + " is " + notice.status + "; only an approved notice can be published");
        }
        FourEyesCheck.requireNoAuthor(notice, approver);
        notice.publishedBy = approver;
        notice.publishedAt = Instant.now(clock);
        publisher.complete(notice);
        notice.status = NoticeStatus.PUBLISHED;
        return views.of(notice);
    }

    @Transactional
    public NoticeView get(UUID id) {
        return views.of(find(id));
    }

    /** Notices of the given status, newest first; without one, every notice but the withdrawn ones. */
    @Transactional
    public Page<NoticeView.Summary> list(NoticeStatus status, PageRequest page) {
        Cursor after = page.after(LIST);
        var query = notices.getEntityManager().createQuery("SELECT n, size(n.items) FROM Notice n WHERE "
                + (status == null ? "n.status <> :status" : "n.status = :status")
                + (after == null ? "" : " AND " + Keyset.after(true, "n.draftedAt", "n.id"))
                + " ORDER BY " + Keyset.order(true, "n.draftedAt", "n.id"), Object[].class)
                .setParameter("status", status == null ? NoticeStatus.WITHDRAWN : status);
        if (after != null) {
            query.setParameter("k0", after.instant(0)).setParameter("k1", after.uuid(1));
        }
        return Page.of(query.setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                row -> Cursor.encode(LIST, ((Notice) row[0]).draftedAt, ((Notice) row[0]).id),
                row -> NoticeMapper.toSummary((Notice) row[0], ((Number) row[1]).intValue()));
    }

    private static void fillTerms(Notice notice, DraftNoticeRequest request) {
        notice.kind = request.kind();
        notice.title = request.title().strip();
        NoticeTerms terms = request.terms();
        notice.rectificationDays = terms.rectificationDays();
        notice.workingDays = Boolean.TRUE.equals(terms.workingDays());
        notice.requestedDeadline = terms.deadline();
        notice.withdrawsNoticeId = terms.withdrawsNoticeId();
    }

    private Notice find(UUID id) {
        return notices.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice", id));
    }
}
