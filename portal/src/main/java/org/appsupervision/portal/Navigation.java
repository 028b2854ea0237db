package org.appsupervision.portal;

import java.util.List;
import java.util.function.Function;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.portal.recheck.RecheckText;
import org.appsupervision.platform.security.Roles;

/**
 * The portal's navigation: each page with its path, its label and the roles that may use it. A page
 * added to the portal adds its line here; a viewer sees only the lines of their roles.
 */
public final class Navigation {

    /** One entry: path, label in the reader's language, roles (empty = anyone, also without login). */
    public record Entry(String path, Function<PortalMessages, String> label, List<String> roles) {

        boolean visibleTo(Viewer viewer) {
            return roles.isEmpty() || (viewer != null && roles.stream().anyMatch(viewer::has));
        }
    }

    /** A link as the layout shows it. */
    public record Link(String path, String label, boolean current) {
    }

    static final List<String> STAFF = List.of(Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN);

    static final List<Entry> ENTRIES = List.of(
            new Entry("/portal", PortalMessages::nav_dashboard, STAFF),
            new Entry("/portal/batches", PortalMessages::nav_batches, STAFF),
            new Entry("/portal/notices", PortalMessages::nav_notices,
                    List.of(Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/portal/apps", PortalMessages::nav_apps, STAFF),
            new Entry("/notices", PortalMessages::nav_public_notices, List.of()),
            new Entry("/complaints/new",
                    m -> org.appsupervision.portal.complaint.ComplaintText.current().nav_new(), List.of()),
            new Entry("/verify", m -> org.appsupervision.portal.verify.VerifyText.current().nav_verify(), List.of()),
            new Entry("/open-data", m -> org.appsupervision.portal.opendata.OpenDataText.current().nav_open_data(),
                    List.of()),
            new Entry("/portal/boards", m -> OpsText.current().nav_boards(),
                    List.of(Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/portal/stores", m -> OpsText.current().nav_scorecards(), STAFF),
            new Entry("/portal/cases", m -> OpsText.current().nav_cases(), STAFF),
            new Entry("/portal/provinces", m -> OpsText.current().nav_provinces(),
                    List.of(Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/portal/registrations",
                    m -> org.appsupervision.portal.registration.RegistrationText.current().nav_queue(),
                    List.of(Roles.BUREAU, Roles.OFFICIAL, Roles.ADMIN)),
            new Entry("/portal/complaints",
                    m -> org.appsupervision.portal.complaint.ComplaintText.current().nav_queue(),
                    List.of(Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU, Roles.AUDITOR)),
            new Entry("/portal/audit", m -> OpsText.current().nav_audit(), List.of(Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/portal/admin/accounts", m -> OpsText.current().nav_accounts(), List.of(Roles.ADMIN)),
            new Entry("/portal/admin/clients", m -> OpsText.current().nav_clients(), List.of(Roles.ADMIN)),
            new Entry("/portal/admin/holidays", m -> OpsText.current().nav_holidays(), List.of(Roles.ADMIN)),
            new Entry("/portal/admin/service-level", m -> OpsText.current().nav_service_level(),
                    List.of(Roles.ADMIN)),
            new Entry("/portal/enterprise",
                    m -> org.appsupervision.portal.enterprise.EnterpriseText.current().nav_enterprise(),
                    List.of(Roles.OPERATOR)),
            new Entry("/portal/enterprise/dual-lists",
                    m -> org.appsupervision.portal.duallist.DualListText.current().nav_dual_lists(),
                    List.of(Roles.OPERATOR)),
            new Entry("/portal/enterprise/reports", m -> RecheckText.current().nav_reports(), List.of(Roles.OPERATOR)),
            new Entry("/portal/agency/tasks", m -> RecheckText.current().nav_tasks(), List.of(Roles.AGENCY)),
            new Entry("/portal/rechecks", m -> RecheckText.current().nav_rechecks(), STAFF),
            new Entry("/portal/sdks", m -> org.appsupervision.portal.sdk.SdkText.current().nav_sdks(), STAFF));

    private Navigation() {
    }

    static List<Link> linksFor(Viewer viewer, PortalMessages messages, String currentPath) {
        List<Entry> visible = ENTRIES.stream().filter(e -> e.visibleTo(viewer)).toList();
        // One entry is the current page: the longest that covers it (/portal/enterprise/reports, not /portal/enterprise).
        String current = visible.stream().map(Entry::path).filter(path -> covers(path, currentPath))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        return visible.stream()
                .map(e -> new Link(e.path(), e.label().apply(messages), e.path().equals(current)))
                .toList();
    }

    private static boolean covers(String entry, String current) {
        return current.equals(entry) || (!entry.equals("/portal") && current.startsWith(entry + "/"));
    }
}
