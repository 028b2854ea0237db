package org.appsupervision.portal.duallist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.api.MayBeNull;

/**
 * notice-service's dual lists and their check as the portal reads them through {@code api/notice/NoticeApi} (unknown
 * fields ignored; what the service leaves null in some states is {@link MayBeNull}).
 */
public final class DualListViews {

    private DualListViews() {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kind(String code, String labelZh, @MayBeNull String labelEn) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Collected(String kind, String purpose, @MayBeNull String scenario) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shared(String recipient, String kind, String purpose, @MayBeNull String scenario,
            @MayBeNull String method) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DualList(UUID id, String packageName, @MayBeNull String appName, String appVersion, int version,
            String status, Instant updatedAt, @MayBeNull Instant publishedAt, List<Collected> collected,
            List<Shared> shared) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flow(long findingId, Instant detectedAt, String activity, String kind, @MayBeNull String recipient,
            boolean disclosed, @MayBeNull String reason) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionCheck(String appVersion, @MayBeNull DualList list, List<Flow> flows, int undisclosedCount) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, String appVersion, int version, String status, int collectedCount, int sharedCount,
            Instant updatedAt, @MayBeNull Instant publishedAt) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Operator(String creditCode, String name, @MayBeNull String provinceCode) {
    }

    /** One app's check; only the enterprise's own view carries the history of its list versions (null for officials). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Check(String packageName, @MayBeNull String appName, @MayBeNull Operator operator,
            List<VersionCheck> versions, @MayBeNull List<Summary> history) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionState(String appVersion, int publishedVersion, @MayBeNull UUID draftId) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppVersions(String packageName, @MayBeNull String name, List<VersionState> versions) {
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
