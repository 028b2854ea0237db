package org.appsupervision.gateway.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appsupervision.platform.problem.Problem;

/** The password rule: at least 12 characters, letters and digits, and not the account's name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static List<Problem.FieldError> check(String field, String username, String password) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            errors.add(new Problem.FieldError(field, "must have at least " + MIN_LENGTH + " characters"));
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            errors.add(new Problem.FieldError(field, "must contain letters and digits"));
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new Problem.FieldError(field, "must not contain the user name"));
        }
        return errors;
    }
}
