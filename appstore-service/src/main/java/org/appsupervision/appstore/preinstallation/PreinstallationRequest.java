package org.appsupervision.appstore.preinstallation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A handset maker's list of the apps it preinstalls on one device model line; it replaces the line's list. */
public record PreinstallationRequest(
        @NotNull @Size(min = 1, max = PreinstallationRequest.MAX_APPS) List<@NotNull @Valid App> apps) {

    /** Most apps one model line's list may hold. */
    public static final int MAX_APPS = 5_000;

    /** An Android package name, as notices name apps. */
    public static final String PACKAGE_NAME = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+";

    /** One preinstalled app. */
    public record App(
            @NotBlank @Size(max = 255) @Pattern(regexp = PACKAGE_NAME, message = "is not an Android package name")
            String packageName,
            @NotBlank @Size(max = 200) String appName) {
    }
}
