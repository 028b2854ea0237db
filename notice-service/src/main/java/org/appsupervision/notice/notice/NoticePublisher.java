package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import org.appsupervision.notice.calendar.HolidayCalendar;
import org.appsupervision.notice.rectification.ItemRectification;
import org.appsupervision.notice.rectification.ItemRectificationRepository;
import org.appsupervision.platform.calendar.WorkingDayCalendar.Deadline;
import org.appsupervision.platform.outbox.Outbox;

/**
 * What publication does besides the status: batch numbers and the title suffix, the rectification
 * deadline and how it was computed, pending rectifications, takedown orders, each item's reporting authority
 * (settled first), and the content hash last.
 */
@ApplicationScoped
public class NoticePublisher {

    private final BatchNumbering numbering;
    private final HolidayCalendar calendar;
    private final ItemRectificationRepository rectifications;
    private final Outbox outbox;
    private final ReportingAuthorities authorities;

    public NoticePublisher(BatchNumbering numbering, HolidayCalendar calendar,
            ItemRectificationRepository rectifications, Outbox outbox, ReportingAuthorities authorities) {
        this.authorities = authorities;
        this.numbering = numbering;
        this.calendar = calendar;
        this.rectifications = rectifications;
        this.outbox = outbox;
    }

    /** Completes a notice whose status, publisher and publication time are set; call in the publishing transaction. */
    public void complete(Notice notice) {
        authorities.settle(notice);
        if (notice.kind == NoticeKind.TAKEDOWN) {
            outbox.appendAll(TakedownOrders.of(notice));
        } else {
            Deadline deadline = RectificationDeadline.compute(terms(notice), notice.publishedAt, calendar.current());
            BatchNumbering.Numbers numbers = numbering.next(
                    notice.publishedAt.atZone(RectificationDeadline.BEIJING).getYear());
            notice.batchYear = numbers.year();
            notice.yearlyBatch = numbers.yearly();
            notice.cumulativeBatch = numbers.cumulative();
            notice.title = notice.title + numbers.titleSuffix();
            notice.deadlineDate = deadline.date();
            notice.deadlineRule = deadline.rule().name();
            notice.deadlineExplanation = deadline.explanation();
            notice.items.forEach(item -> rectifications.persist(ItemRectification.pending(item.id)));
        }
        notice.contentHash = ContentHash.of(notice);
    }

    private static NoticeTerms terms(Notice notice) {
        return new NoticeTerms(notice.rectificationDays, notice.workingDays, notice.requestedDeadline,
                notice.withdrawsNoticeId);
    }
}
