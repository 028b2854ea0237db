package org.appsupervision.notice.complaint;

/**
 * What the complainant gets back: the tracking number, where to follow it (the API and the public page), and whether
 * the complaint was a duplicate of one already filed from the same address (then the earlier one's number).
 */
public record ComplaintReceipt(String trackingNumber, ComplaintStatus status, boolean duplicate, String statusUrl,
        String pageUrl) {

    static ComplaintReceipt of(Complaint complaint, boolean duplicate) {
        return new ComplaintReceipt(complaint.trackingNumber, complaint.status, duplicate,
                "/api/public/complaints/" + complaint.trackingNumber, "/complaints/" + complaint.trackingNumber);
    }
}
