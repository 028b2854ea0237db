package org.appsupervision.portal.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the enterprise's pages show, read from the services' JSON into labelled rows. */
public final class EnterprisePages {

    private EnterprisePages() {
    }

    /** The home page: open deadlines, apps, notices and cases, and what could not be read. */
    public record Home(List<Deadline> deadlines, List<AppLine> apps, List<NoticeLine> notices, List<CaseLine> cases,
            List<String> problems) {
    }

    /** An open deadline: what, where to act, when, and how many days are left (0: today). */
    public record Deadline(String label, String link, LocalDate due, Long daysLeft) {
    }

    public record AppLine(String packageName, String name, String versions, String stores, boolean takenDown) {
    }

    public record NoticeLine(UUID id, String title, String kind, LocalDate publishedOn, LocalDate deadline,
            int itemCount) {
    }

    public record CaseLine(UUID id, String caseNumber, String bureauName, String stage, LocalDate filedOn,
            String nextDeadline, LocalDate nextDue) {
    }

    /** One notice with the enterprise's items and the orders per store of each. */
    public record NoticePage(UUID id, String title, String kind, LocalDate publishedOn, LocalDate deadline,
            List<Item> items, String problem) {
    }

    /** An item with its deadline, rectification and orders; {@code reportLink} when its deadline is still open. */
    public record Item(UUID itemId, UUID chainId, String appName, String packageName, String version,
            String problems, LocalDate deadline, Long daysLeft, String rectification, String fixedVersion,
            boolean lifted, String reportLink, List<Order> orders) {
    }

    public record Order(String storeCode, String kind, String status, boolean overdue, Instant orderedAt,
            Instant deadline, Instant confirmedAt) {
    }

    /** One app with its findings, the notices naming it and its orders. */
    public record AppPage(String packageName, String name, String operatorName, String versions, String stores,
            boolean takenDown, String takenDownBy, long findingCount, List<Finding> findings, List<AppNotice> notices,
            List<Order> orders, String problem) {
    }

    public record Finding(String version, String sourceStore, String problems, String evidence, Instant detectedAt,
            String authority, LocalDate batchFrom, LocalDate batchTo) {
    }

    public record AppNotice(UUID noticeId, String title, String kind, LocalDate publishedOn, LocalDate deadline,
            String rectification) {
    }

    /** One penalty case as its party sees it. */
    public record CasePage(UUID id, String caseNumber, String bureauName, String stage, LocalDate filedOn,
            LocalDate priorNoticeOn, String priorNoticeBasis, String priorNoticePenalties, LocalDate hearingRequestedOn,
            LocalDate hearingOn, String decisionNumber, LocalDate decidedOn, LocalDate servedOn, String decisionBasis,
            String decisionPenalties, BigDecimal totalFine, List<PartyDeadline> deadlines, List<Document> documents) {
    }

    public record PartyDeadline(String kind, LocalDate due, String status, LocalDate metOn) {
    }

    public record Document(UUID id, String kind, String number, LocalDate servedOn, String download) {
    }
}
