package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
/** A registered channel (an app store or a handset maker, by {@code kind}) as the portal's pages name and describe it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Store(String code, String nameZh, String nameEn, String company, boolean active, String kind) {
}
