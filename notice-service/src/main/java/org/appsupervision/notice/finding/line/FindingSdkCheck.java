package org.appsupervision.notice.finding.line;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of the SDK a finding names: a registered code, a package in Java form that a registered prefix covers
 * (when no code is given) and does not belong to another SDK, a version only with an SDK.
 */
final class FindingSdkCheck {

    private static final Pattern CLASS_OR_PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");

    private FindingSdkCheck() {
    }

    /** Adds why the line's SDK fields are bad; nothing when it names no SDK. */
    static void problems(List<String> why, FindingLine line, SdkCatalog sdks) {
        String code = line.sdk() == null ? null : line.sdk().strip();
        String pkg = line.sdkPackage() == null ? null : line.sdkPackage().strip();
        if (code != null && !sdks.isRegistered(code)) {
            why.add("unknown sdk '" + FindingLineCheck.quoted(code) + "': no SDK of the registry has this code");
        }
        String recognised = null;
        if (pkg != null) {
            if (pkg.length() > 500 || !CLASS_OR_PACKAGE.matcher(pkg).matches()) {
                why.add("sdkPackage '" + FindingLineCheck.quoted(pkg) + "' is not a Java class or package name");
            } else {
                recognised = sdks.recognise(pkg);
                if (code == null && recognised == null) {
                    why.add("sdkPackage '" + pkg + "' is not recognised: no registered SDK's prefix covers it");
                } else if (code != null && recognised != null && !recognised.equals(code)) {
                    why.add("sdkPackage '" + pkg + "' belongs to SDK '" + recognised + "', not to sdk '" + code + "'");
                }
            }
        }
        if (line.sdkVersion() != null) {
            String version = line.sdkVersion().strip();
            if (!VERSION.matcher(version).matches()) {
                why.add("sdkVersion '" + FindingLineCheck.quoted(version) + "' is not a version (1 to 64 letters, "
                        + "digits and . _ + -)");
            }
            if (code == null && recognised == null && pkg == null) {
                why.add("sdkVersion needs the SDK: give sdk or sdkPackage");
            }
        }
    }
}
