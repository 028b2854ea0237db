package org.appsupervision.portal.api.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.appsupervision.portal.api.MayBeNull;

/** The third-party SDKs detection found in one app. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSdks(List<Sdk> items) {

    /** An SDK in the app: its versions seen, the app versions they were seen in, and when last. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sdk(String code, String nameZh, @MayBeNull String nameEn, String providerName, List<String> versions,
            List<String> appVersions, Instant lastSeen) {
    }
}
