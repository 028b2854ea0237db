package org.appsupervision.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rectification deadline of a rectification or re-check notice passed while the app of one of its
 * items was still pending (no re-check has found it rectified). One event per item; the aggregate is the
 * notice item.
 *
 * @param deadlineRule CALENDAR_DAYS or WORKING_DAYS, how the deadline was counted
 * @param noticeKind RECTIFICATION or RECHECK
 */
public record RectificationDeadlinePassed(
        UUID noticeId,
        String noticeTitle,
        String noticeKind,
        UUID itemId,
        UUID chainId,
        String packageName,
        String appName,
        String operatorName,
        String operatorCreditCode,
        String operatorProvinceCode,
        List<String> problemCodes,
        LocalDate deadline,
        String deadlineRule,
        Instant passedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
