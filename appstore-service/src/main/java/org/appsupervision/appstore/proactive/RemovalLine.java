package org.appsupervision.appstore.proactive;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a proactive-removals upload and its rules: an Android or iOS package name, the app's
 * name, when it was removed (not in the future), and an optional reason.
 */
public record RemovalLine(String packageName, String appName, String removedAt, String reason) {

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*(\\.[A-Za-z0-9_\\-]+)+");

    /** What is wrong with the line, in the order of its fields; empty when it is valid. */
    List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (packageName == null || packageName.isBlank()) {
            problems.add("packageName is missing");
        } else if (packageName.length() > 255 || !PACKAGE.matcher(packageName).matches()) {
            problems.add("packageName '" + abbreviate(packageName) + "' is not a package name");
        }
        if (appName == null || appName.isBlank()) {
            problems.add("appName is missing");
        } else if (appName.length() > 200) {
            problems.add("appName is longer than 200 characters");
        }
        if (removedAt == null || removedAt.isBlank()) {
            problems.add("removedAt is missing");
        } else {
            try {
                if (Instant.parse(removedAt).isAfter(now)) {
                    problems.add("removedAt is in the future");
                }
            } catch (DateTimeParseException e) {
                problems.add("removedAt '" + abbreviate(removedAt) + "' is not an ISO-8601 instant");
            }
        }
        if (reason != null && reason.length() > 500) {
            problems.add("reason is longer than 500 characters");
        }
        return problems;
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
