package org.appsupervision.portal.api.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/** What notice-service tells an enterprise about its own apps and the notices naming them (the enterprise's pages). */
public final class EnterpriseView {

    private EnterpriseView() {
    }

    /** A problem kind with its labels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String code, String labelZh, @MayBeNull String labelEn) {
    }

    /** One of its apps: the versions and stores named, and whether a takedown stands with the stores that confirmed it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record App(String packageName, String name, @MayBeNull String operatorName, List<String> versions,
            List<String> stores, boolean takenDown, List<String> takenDownBy) {
    }

    /** An app with the findings against it and the notices naming it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppDetail(App app, long findingCount, List<Finding> findings, List<AppNotice> notices) {
    }

    /** A finding against the app: the version, store, problems, evidence, when, and the detection batch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(@MayBeNull String version, @MayBeNull String sourceStore, List<Problem> problems,
            @MayBeNull String evidence, Instant detectedAt, LocalDate batchFrom, LocalDate batchTo,
            String authorityName) {
    }

    /** A notice item naming the app. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppNotice(UUID noticeId, String kind, String title, Instant publishedAt, @MayBeNull LocalDate deadline,
            @MayBeNull String rectificationStatus) {
    }

    /** A published notice naming the enterprise, with how many of its items it has. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoticeLine(UUID id, String kind, String title, Instant publishedAt, @MayBeNull LocalDate deadline,
            int itemCount) {
    }

    /** A published notice with only the enterprise's own items. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(UUID id, String kind, String title, Instant publishedAt, @MayBeNull LocalDate deadline,
            List<Item> items) {
    }

    /** One of its items: the app, the problems, the deadline, its rectification and when its takedown was lifted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID itemId, UUID chainId, String appName, String packageName, @MayBeNull String version,
            List<Problem> problems, @MayBeNull LocalDate deadline, @MayBeNull Rectification rectification,
            @MayBeNull Instant liftedAt) {
    }

    /** Where an item's rectification stands (PENDING, RECTIFIED with the fixed version, NOT_RECTIFIED). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rectification(String status, @MayBeNull String fixedVersion) {
    }
}
