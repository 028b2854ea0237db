package org.appsupervision.notice.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.appsupervision.notice.operator.CreditCode;

/** An agency as officials register or update it; {@code creditCode} is ignored on update (the path names it). */
public record AgencyRequest(
        @NotBlank @Size(max = 200) String name,
        @CreditCode String creditCode,
        @Size(max = 34) List<@NotNull @Pattern(regexp = "\\d{2}", message = "is not a GB/T 2260 province code") String> provinces,
        Boolean active) {
}
