package org.appsupervision.portal.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a notice's takedown board: the app stores as columns, the apps of this page as rows, each
 * cell the state of the (app, store) orders; the handset makers' orders in rows of their own (one per app and maker);
 * the open objections, the named stores that could take no order, and the cursors to page on.
 */
public record Board(UUID noticeId, String title, List<Column> stores, List<Row> rows, List<MakerRow> makers,
        List<Objection> objections,
        List<Undeliverable> undeliverable, Counts counts, String after, String next, List<String> unavailable) {

    /** A store column. */
    public record Column(String code, String name) {
    }

    /** An app (a notice item) and its cells in column order. */
    public record Row(UUID itemId, String appName, String packageName, String operatorName, List<Cell> cells) {
    }

    /**
     * The orders of one app at one handset maker: the maker, the model lines that preinstall the app, what the order
     * requires ({@code REMOVE_PREINSTALLATION}) and the state of its orders.
     */
    public record MakerRow(UUID itemId, String appName, String packageName, String storeCode, String storeName,
            List<String> modelLines, String requiredAction, Cell cell) {
    }

    /**
     * The orders of one (app, store): the takedown's state and, when the takedown was lifted, the
     * reinstatement's state. {@code state} is a lower-case status for the style, {@code label} its text.
     */
    public record Cell(String storeCode, String state, String label, boolean overdue, Instant deadline,
            Instant confirmedAt, String reinstatementState, String reinstatementLabel) {

        public boolean empty() {
            return state == null && reinstatementState == null;
        }

        /** The style classes of the cell: its state, and overdue on top of it. */
        public String css() {
            return "cell-" + (state == null ? "none" : state) + (overdue ? " cell-overdue" : "");
        }
    }

    /** A store's objection waiting for the officials' decision. */
    public record Objection(UUID orderId, String appName, String storeCode, String reasonCode, String reasonLabel,
            String reasonText, Instant objectedAt) {
    }

    /** A store the notice named for an app that received no order (not registered, or deactivated), and why. */
    public record Undeliverable(String appName, String packageName, String storeCode, String storeName,
            String reasonLabel) {
    }

    /** How many orders of this page are in each state. */
    public record Counts(int pending, int acknowledged, int confirmed, int objected, int withdrawn, int overdue,
            int reinstatements) {
    }

    public boolean firstPage() {
        return after == null;
    }
}
