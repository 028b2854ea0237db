package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A handset maker's preinstalled apps, per device model line. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelLines(List<Line> items) {

    /** One model line's apps and when the maker last replaced the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String modelLine, List<App> apps, Instant updatedAt) {
    }

    /** An app a model line preinstalls. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record App(String packageName, String appName) {
    }
}
