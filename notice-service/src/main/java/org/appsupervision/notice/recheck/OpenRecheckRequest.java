package org.appsupervision.notice.recheck;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An official asks for the re-check of one notice item that has no rectification report (an SDK item). */
public record OpenRecheckRequest(@NotNull UUID itemId) {
}
