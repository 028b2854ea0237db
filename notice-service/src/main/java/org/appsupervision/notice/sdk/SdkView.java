package org.appsupervision.notice.sdk;

import java.util.List;

/** A registered SDK as the API shows it; {@code appCount} is how many apps are known to embed it. */
public record SdkView(String code, String nameZh, String nameEn, String providerName, String providerCreditCode,
        String providerProvinceCode, boolean active, List<String> packagePrefixes, List<String> signatures,
        List<String> versions, long appCount) {

    static SdkView of(Sdk sdk, long appCount) {
        return new SdkView(sdk.code, sdk.nameZh, sdk.nameEn, sdk.providerName, sdk.providerCreditCode,
                sdk.providerProvinceCode, sdk.active, List.copyOf(sdk.packagePrefixes), List.copyOf(sdk.signatures),
                List.copyOf(sdk.versions), appCount);
    }

    /** A list's page as {@code {"items": [...]}}; the next page is in the Link header. */
    public record Items<T>(List<T> items) {
    }
}
