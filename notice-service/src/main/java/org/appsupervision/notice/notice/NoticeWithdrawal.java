package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Withdraws (discards) a draft or an approved notice before publication: it keeps its content as a record with the
 * reason, who and when, leaves the default lists and can never be approved, edited or published. A published notice
 * is withdrawn only by a later published notice that says so ({@code withdrawsNoticeId}).
 */
@ApplicationScoped
public class NoticeWithdrawal {

    private final NoticeRepository notices;
    private final NoticeViews views;
    private final Clock clock = Clock.systemUTC();

    public NoticeWithdrawal(NoticeRepository notices, NoticeViews views) {
        this.notices = notices;
        this.views = views;
    }

    @Transactional
    public NoticeView withdraw(UUID id, WithdrawalRequest request, String user) {
        Notice notice = notices.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice", id));
        if (notice.status == NoticeStatus.PUBLISHED) {
            throw ProblemException.conflict("Notice " + id + " is published; a published notice is withdrawn only by "
                    + "a later published notice that names it (withdrawsNoticeId)");
        }
        if (notice.status == NoticeStatus.WITHDRAWN) {
            throw ProblemException.conflict("Notice " + id + " was withdrawn already, by " + notice.withdrawnBy);
        }
        notice.status = NoticeStatus.WITHDRAWN;
        notice.withdrawnBy = user;
        notice.withdrawnAt = Instant.now(clock);
        notice.withdrawalReason = request.reason().strip();
        notices.flush();
        return views.of(notice);
    }
}
