package org.appsupervision.notice.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A complaint as the public files it: the app (name and/or package name, the store where it was found), one or more
 * problem kinds with a description, up to three screenshots (PNG or JPEG, base64) and an optional contact.
 */
public record ComplaintRequest(
        @Size(max = 100) String appName,
        @Size(max = 255) String packageName,
        @Size(max = 64) String store,
        @NotNull @Size(min = 1, max = 10) List<String> problems,
        @NotNull String description,
        @Size(max = 10) List<String> screenshots,
        @Valid Contact contact) {

    /** How the complainant may be reached (officials only ever see it): a name and a phone number or e-mail address. */
    public record Contact(@Size(max = 50) String name, @Size(max = 30) String phone, @Size(max = 254) String email) {
    }
}
