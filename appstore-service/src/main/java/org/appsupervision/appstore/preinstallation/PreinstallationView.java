package org.appsupervision.appstore.preinstallation;

import java.time.Instant;
import java.util.List;

/** A handset maker's preinstalled apps, per device model line. */
public record PreinstallationView(List<ModelLine> items) {

    /** One model line's list and when the maker last replaced it. */
    public record ModelLine(String modelLine, List<PreinstallationRequest.App> apps, Instant updatedAt) {
    }

    /** The handset makers that preinstall one package, and on which model lines. */
    public record Makers(List<Maker> items) {
    }

    /** One handset maker preinstalling a package. */
    public record Maker(String storeCode, String nameZh, String nameEn, List<String> modelLines) {
    }
}
