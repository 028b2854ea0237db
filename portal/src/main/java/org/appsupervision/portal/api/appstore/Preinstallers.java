package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The handset makers that preinstall one package, and on which model lines. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preinstallers(List<Maker> items) {

    /** One handset maker preinstalling the package. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Maker(String storeCode, String nameZh, String nameEn, List<String> modelLines) {
    }
}
