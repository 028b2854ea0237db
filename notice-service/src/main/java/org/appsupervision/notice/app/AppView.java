package org.appsupervision.notice.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.appsupervision.notice.operator.AndroidPackageName;
import org.appsupervision.notice.operator.CreditCode;

/** An app as the API shows it, with its operator. */
public record AppView(String packageName, String name, String filingNumber, OperatorView operator) {

    /** An operator as the API shows it; the province comes from digits 3-4 of the credit code. */
    public record OperatorView(String creditCode, String name, String provinceCode) {
    }

    /** What an official submits to register or update an app. */
    public record AppRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = AndroidPackageName.REGEX, message = "is not an Android package name")
            @Size(max = 255) String packageName,
            @Size(max = 60) String filingNumber,
            @NotNull @Valid OperatorRequest operator) {
    }

    /** The app's operator (APP运营主体). */
    public record OperatorRequest(@NotBlank @Size(max = 200) String name, @NotBlank @CreditCode String creditCode) {
    }
}
