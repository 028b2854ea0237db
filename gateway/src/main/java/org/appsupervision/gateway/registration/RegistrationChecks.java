package org.appsupervision.gateway.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.events.reference.CommunicationAdministrations;
import org.appsupervision.gateway.account.PasswordPolicy;
import org.appsupervision.platform.input.Text;
import org.appsupervision.platform.problem.Problem;

/** The rules a registration's fields must meet, each fault named by its field; all are checked at once. */
final class RegistrationChecks {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private RegistrationChecks() {
    }

    static List<Problem.FieldError> check(RegistrationForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        text(errors, "companyName", form.companyName(), 200);
        if (text(errors, "creditCode", form.creditCode(), 18)) {
            creditCode(form.creditCode()).ifPresent(errors::add);
        }
        text(errors, "contactName", form.contactName(), 100);
        if (text(errors, "contactPhone", form.contactPhone(), 30) && !PHONE.matcher(form.contactPhone()).matches()) {
            errors.add(new Problem.FieldError("contactPhone", "must be a telephone number (digits, spaces, hyphens)"));
        }
        if (text(errors, "contactEmail", form.contactEmail(), 254) && !EMAIL.matcher(form.contactEmail()).matches()) {
            errors.add(new Problem.FieldError("contactEmail", "must be an e-mail address"));
        }
        boolean username = text(errors, "username", form.username(), 100);
        if (username && !USERNAME.matcher(form.username()).matches()) {
            errors.add(new Problem.FieldError("username", "must be lower-case letters, digits, '.', '_' or '-'"));
        }
        if (text(errors, "password", form.password(), 200)) {
            errors.addAll(PasswordPolicy.check("password", username ? form.username() : "", form.password()));
        }
        letter(form).ifPresent(errors::add);
        return errors;
    }

    /** What is wrong with a credit code as an enterprise's own: its form, its check character, its province. */
    static java.util.Optional<Problem.FieldError> creditCode(String code) {
        java.util.Optional<String> problem = UnifiedSocialCreditCode.problem(code);
        if (problem.isPresent()) {
            return java.util.Optional.of(new Problem.FieldError("creditCode", "is not a unified social credit code: "
                    + problem.get()));
        }
        String province = UnifiedSocialCreditCode.provinceCode(code);
        if (!CommunicationAdministrations.hasBureau(province)) {
            return java.util.Optional.of(new Problem.FieldError("creditCode", "digits 3-4 (" + province
                    + ") name no province with a communication administration (无此省级通信管理局)"));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Problem.FieldError> letter(RegistrationForm form) {
        if (form.letterSize() > LetterType.MAX_BYTES) {
            return java.util.Optional.of(new Problem.FieldError("letter", "must be at most 5 MiB ("
                    + LetterType.MAX_BYTES + " bytes)"));
        }
        if (form.letter() == null || form.letter().length == 0) {
            return java.util.Optional.of(new Problem.FieldError("letter", "is required: the authorisation letter "
                    + "(授权委托书) as PDF, PNG or JPEG"));
        }
        if (LetterType.of(form.letter()).isEmpty()) {
            return java.util.Optional.of(new Problem.FieldError("letter", "must be a PDF, PNG or JPEG file "
                    + "(recognised by its content, not its name or declared type)"));
        }
        return java.util.Optional.empty();
    }

    /** Whether the field is present, storable and short enough; adds the fault otherwise. */
    private static boolean text(List<Problem.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return false;
        }
        String fault = Text.fault(value);
        if (fault != null) {
            errors.add(new Problem.FieldError(field, fault));
            return false;
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            errors.add(new Problem.FieldError(field, "must be one line"));
            return false;
        }
        if (value.length() > max) {
            errors.add(new Problem.FieldError(field, "must have at most " + max + " characters"));
            return false;
        }
        return true;
    }
}
