package org.appsupervision.portal.duallist;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.ServiceReply;

/** notice-service's dual lists and their check as the portal reads them (unknown fields ignored). */
public final class DualListViews {

    private DualListViews() {
    }

    @TemplateData
    public record Kind(String code, String labelZh, String labelEn) {
    }

    @TemplateData
    public record Collected(String kind, String purpose, String scenario) {
    }

    @TemplateData
    public record Shared(String recipient, String kind, String purpose, String scenario, String method) {
    }

    @TemplateData
    public record DualList(UUID id, String packageName, String appName, String appVersion, int version, String status,
            Instant updatedAt, Instant publishedAt, List<Collected> collected, List<Shared> shared) {
    }

    @TemplateData
    public record Flow(long findingId, Instant detectedAt, String activity, String kind, String recipient,
            boolean disclosed, String reason) {
    }

    @TemplateData
    public record VersionCheck(String appVersion, DualList list, List<Flow> flows, int undisclosedCount) {
    }

    @TemplateData
    public record Summary(UUID id, String appVersion, int version, String status, int collectedCount, int sharedCount,
            Instant updatedAt, Instant publishedAt) {
    }

    @TemplateData
    public record Operator(String creditCode, String name, String provinceCode) {
    }

    @TemplateData
    public record Check(String packageName, String appName, Operator operator, List<VersionCheck> versions,
            List<Summary> history) {
    }

    @TemplateData
    public record VersionState(String appVersion, int publishedVersion, UUID draftId) {
    }

    @TemplateData
    public record AppVersions(String packageName, String name, List<VersionState> versions) {
    }

    /** One app's check for a page: the check (null when it could not be read), kind labels and the reply. */
    @TemplateData
    public record CheckPage(String packageName, Check check, Map<String, String> labels, ServiceReply reply) {

        public String label(String code) {
            return labels.getOrDefault(code, code);
        }
    }

    /** The enterprise's page: its apps and versions, one app's check when chosen, and what was just done. */
    @TemplateData
    public record EnterprisePage(List<AppVersions> apps, ServiceReply reply, CheckPage chosen, String done) {
    }

    /** The draft form: the app version, the rows as text, what was refused, and the vocabulary. */
    @TemplateData
    public record EditPage(String packageName, String appVersion, UUID draftId, String collected, String shared,
            List<String> problems, List<Kind> kinds, boolean english, String done) {

        public String label(Kind kind) {
            return english ? kind.labelEn() : kind.labelZh();
        }
    }
}
