package org.appsupervision.portal.complaint;

import java.util.List;

/** notice-service's complaint answers as the pages read them (unknown fields ignored). */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /** One choice of the form: a problem kind or a store. */
    public record Option(String code, String labelZh, String labelEn) {
    }

    /** The form's choices. */
    public record Options(List<Option> problems, List<Option> stores) {
        public static final Options NONE = new Options(List.of(), List.of());
    }

    /** One step of a complaint's progress. */
    public record Step(String status, String at) {
    }

    /** A complaint's public status. */
    public record PublicStatus(String trackingNumber, String status, String appName, String packageName,
            List<String> problems, List<Step> progress, String rejectionReason, String mergedInto) {
    }

    /** How a complainant may be reached (officials only). */
    public record Contact(String name, String phone, String email) {
    }

    /** A complaint as officials triage it. */
    public record Complaint(String id, String trackingNumber, String appName, String packageName,
            String operatorProvince, String store, List<String> problems, String description, String status,
            String receivedAt, String reviewedAt, String closedAt, String handledBy, String mergedInto,
            String rejectionReason, Long findingId, int repeats, int screenshotCount, Contact contact,
            boolean contactErased) {

        public boolean open() {
            return "RECEIVED".equals(status) || "UNDER_REVIEW".equals(status);
        }
    }
}
