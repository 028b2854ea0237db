package org.appsupervision.notice.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One event in an app's life: FINDING, NOTICE_ITEM, RECTIFICATION, DEADLINE_PASSED, STORE_CONFIRMATION,
 * TAKEDOWN_LIFTED, a penalty outcome (CaseOpened, PenaltyDecided, CaseClosed) or COMPLAINTS (the public's
 * complaints of one problem kind, counted, at the latest one); {@code repeat} marks a
 * finding of a problem kind the app was already notified for.
 */
public record TimelineEntry(Instant at, String type, String summary, UUID noticeId, UUID itemId, UUID chainId,
        Long findingId, boolean repeat) {
}
