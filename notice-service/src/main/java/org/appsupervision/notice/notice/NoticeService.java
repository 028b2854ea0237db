package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.confirmation.StoreConfirmationRepository;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.ProblemException;

/** Drafting, approving and publishing notices. Publication freezes a notice and emits its takedown orders. */
@ApplicationScoped
public class NoticeService {

    private static final int LIST_LIMIT = 200;

    private final NoticeRepository notices;
    private final StoreConfirmationRepository confirmations;
    private final NoticeDraftValidation validation;
    private final Outbox outbox;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, StoreConfirmationRepository confirmations,
            NoticeDraftValidation validation, Outbox outbox) {
        this.notices = notices;
        this.confirmations = confirmations;
        this.validation = validation;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public NoticeView draft(DraftNoticeRequest request, String official) {
        validation.check(request);
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = request.kind();
        notice.title = request.title().strip();
        notice.status = NoticeStatus.DRAFT;
        notice.draftedBy = official;
        notice.draftedAt = Instant.now(clock);
        for (int i = 0; i < request.apps().size(); i++) {
            notice.items.add(NoticeMapper.toItem(notice, i + 1, request.apps().get(i)));
        }
        notices.persist(notice);
        return NoticeMapper.toView(notice, java.util.Map.of());
    }

    @Transactional
    public NoticeView approve(UUID id, String approver) {
        Notice notice = find(id);
        if (notice.status != NoticeStatus.DRAFT) {
            throw ProblemException.conflict("Notice " + id + " is " + notice.status + "; only a draft can be approved");
        }
        FourEyesCheck.requireOtherThanDrafter(notice, approver);
        notice.status = NoticeStatus.APPROVED;
        notice.approvedBy = approver;
        notice.approvedAt = Instant.now(clock);
        return view(notice);
    }

    @Transactional
    public NoticeView publish(UUID id, String approver) {
        Notice notice = find(id);
        if (notice.status != NoticeStatus.APPROVED) {
            throw ProblemException.conflict("Notice " + id + " is " + notice.status + "; only an approved notice can be published");
        }
        FourEyesCheck.requireOtherThanDrafter(notice, approver);
        notice.status = NoticeStatus.PUBLISHED;
        notice.publishedBy = approver;
        notice.publishedAt = Instant.now(clock);
        if (notice.kind == NoticeKind.TAKEDOWN) {
            TakedownOrders.of(notice).forEach(outbox::append);
        }
        return view(notice);
    }

    @Transactional
    public NoticeView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public List<NoticeView.Summary> list() {
        return notices.getEntityManager()
                .createQuery("SELECT n, size(n.items) FROM Notice n ORDER BY n.draftedAt DESC", Object[].class)
                .setMaxResults(LIST_LIMIT)
                .getResultList().stream()
                .map(row -> NoticeMapper.toSummary((Notice) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    private Notice find(UUID id) {
        return notices.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice", id));
    }

    private NoticeView view(Notice notice) {
        List<UUID> itemIds = notice.items.stream().map(item -> item.id).toList();
        return NoticeMapper.toView(notice, confirmations.byItem(itemIds));
    }
}
