package org.appsupervision.portal.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.appsupervision.portal.api.appstore.Order;

/**
 * Turns a page of orders (as appstore-service lists them, by app name) into the board's rows and
 * columns: one row per notice item, one column per app store, takedown and reinstatement in one cell; the orders of
 * handset makers (channel kind {@code HANDSET_MAKER}) in rows of their own, one per app and maker.
 */
final class BoardGrid {

    static final String HANDSET_MAKER = "HANDSET_MAKER";

    private final List<Board.Column> columns;
    private final Map<String, String> names = new java.util.HashMap<>();
    private final Map<UUID, RowBuilder> rows = new LinkedHashMap<>();
    private final Map<String, MakerRowBuilder> makerRows = new LinkedHashMap<>();
    private final List<Board.Objection> objections = new ArrayList<>();
    private final Function<String, String> stateLabel;
    private final Function<String, String> reasonLabel;
    private int pending;
    private int acknowledged;
    private int confirmed;
    private int objected;
    private int withdrawn;
    private int overdue;
    private int reinstatements;

    /**
     * @param registry the registered channels in their order (code, name); stores that appear only in orders are added
     *        after them, handset makers are no columns
     * @param stateLabel the text of an order status
     * @param reasonLabel the text of an objection's reason code
     */
    BoardGrid(List<Board.Column> registry, List<Order> orders, Function<String, String> stateLabel,
            Function<String, String> reasonLabel) {
        this.stateLabel = stateLabel;
        this.reasonLabel = reasonLabel;
        Set<String> known = new LinkedHashSet<>();
        registry.forEach(c -> known.add(c.code()));
        registry.forEach(c -> names.putIfAbsent(c.code(), c.name()));
        List<Order> storeOrders = orders.stream().filter(o -> !maker(o)).toList();
        List<Board.Column> all = new ArrayList<>(registry);
        for (Order order : storeOrders) {
            String store = order.storeCode();
            if (store != null && known.add(store)) {
                all.add(new Board.Column(store, store));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        storeOrders.forEach(o -> used.add(o.storeCode()));
        this.columns = all.stream().filter(c -> used.contains(c.code())).toList();
        orders.forEach(this::add);
    }

    List<Board.Column> columns() {
        return columns;
    }

    List<Board.Row> rows() {
        return rows.values().stream().map(RowBuilder::build).toList();
    }

    /** The handset makers' orders: one row per app and maker, in the order of the orders (by app name). */
    List<Board.MakerRow> makerRows() {
        return makerRows.values().stream().map(MakerRowBuilder::build).toList();
    }

    List<Board.Objection> objections() {
        return objections;
    }

    Board.Counts counts() {
        return new Board.Counts(pending, acknowledged, confirmed, objected, withdrawn, overdue, reinstatements);
    }

    private static boolean maker(Order order) {
        return HANDSET_MAKER.equals(order.channelKind());
    }

    private void add(Order order) {
        UUID item = order.itemId();
        String store = order.storeCode();
        String status = order.status() == null ? "PENDING" : order.status();
        boolean reinstatement = "REINSTATEMENT".equals(order.kind());
        if (maker(order)) {
            MakerRowBuilder row = makerRows.computeIfAbsent(item + " " + store, k -> new MakerRowBuilder(item, store));
            if (reinstatement) {
                row.reinstatement = status;
            } else {
                row.takedown = order;
            }
            if (row.first == null || !reinstatement) {
                row.first = order;
            }
        } else {
            RowBuilder row = rows.computeIfAbsent(item, id -> new RowBuilder(id, order));
            if (reinstatement) {
                row.reinstatements.put(store, status);
            } else {
                row.takedowns.put(store, order);
            }
        }
        if (reinstatement) {
            reinstatements++;
            return;
        }
        count(status, order.overdue());
        Order.Objection objection = order.objection();
        if ("OBJECTED".equals(status) && objection != null && objection.outcome() == null) {
            String code = objection.reasonCode();
            objections.add(new Board.Objection(order.id(), order.appName(), store,
                    code, reasonLabel.apply(code), objection.reasonText(), objection.objectedAt()));
        }
    }

    private void count(String status, boolean late) {
        switch (status) {
            case "PENDING" -> pending++;
            case "ACKNOWLEDGED" -> acknowledged++;
            case "CONFIRMED" -> confirmed++;
            case "OBJECTED" -> objected++;
            case "WITHDRAWN" -> withdrawn++;
            default -> {
            }
        }
        if (late) {
            overdue++;
        }
    }

    private final class RowBuilder {
        final UUID itemId;
        final Order first;
        final Map<String, Order> takedowns = new LinkedHashMap<>();
        final Map<String, String> reinstatements = new LinkedHashMap<>();

        RowBuilder(UUID itemId, Order first) {
            this.itemId = itemId;
            this.first = first;
        }

        Board.Row build() {
            List<Board.Cell> cells = columns.stream().map(c -> cell(c.code())).toList();
            return new Board.Row(itemId, first.appName(), first.packageName(), first.operatorName(), cells);
        }

        private Board.Cell cell(String store) {
            return BoardGrid.this.cell(store, takedowns.get(store), reinstatements.get(store));
        }
    }

    /** The orders of one app at one handset maker. */
    private final class MakerRowBuilder {
        final UUID itemId;
        final String store;
        Order first;
        Order takedown;
        String reinstatement;

        MakerRowBuilder(UUID itemId, String store) {
            this.itemId = itemId;
            this.store = store;
        }

        Board.MakerRow build() {
            List<String> modelLines = first.modelLines() == null ? List.of() : first.modelLines();
            return new Board.MakerRow(itemId, first.appName(), first.packageName(), store,
                    names.getOrDefault(store, store), modelLines,
                    first.requiredAction() == null ? "REMOVE_PREINSTALLATION" : first.requiredAction(),
                    cell(store, takedown, reinstatement));
        }
    }

    /** The cell of one (app, channel): the takedown's state and the reinstatement's, either may be absent. */
    private Board.Cell cell(String store, Order takedown, String reinstatement) {
        String status = takedown == null ? null : takedown.status();
        boolean late = takedown != null && takedown.overdue();
        return new Board.Cell(store, lower(status), status == null ? null : stateLabel.apply(status), late,
                takedown == null ? null : takedown.deadline(),
                takedown == null ? null : takedown.confirmedAt(),
                lower(reinstatement), reinstatement == null ? null : stateLabel.apply(reinstatement));
    }

    private static String lower(String status) {
        return status == null ? null : status.toLowerCase(Locale.ROOT);
    }
}
