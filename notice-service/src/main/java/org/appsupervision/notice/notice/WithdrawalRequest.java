package org.appsupervision.notice.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a draft or an approved notice is withdrawn before publication. */
public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
}
