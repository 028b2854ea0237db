package org.appsupervision.gateway.portal.board;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a page of orders (as appstore-service lists them, by app name) into the board's rows and
 * columns: one row per notice item, one column per store, takedown and reinstatement in one cell.
 */
final class BoardGrid {

    private final List<Board.Column> columns;
    private final Map<UUID, RowBuilder> rows = new LinkedHashMap<>();
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
     * @param registry the registered stores in their order (code, name); stores that appear only in orders are added after them
     * @param stateLabel the text of an order status
     * @param reasonLabel the text of an objection's reason code
     */
    BoardGrid(List<Board.Column> registry, List<JsonObject> orders, Function<String, String> stateLabel,
            Function<String, String> reasonLabel) {
        this.stateLabel = stateLabel;
        this.reasonLabel = reasonLabel;
        Set<String> known = new LinkedHashSet<>();
        registry.forEach(c -> known.add(c.code()));
        List<Board.Column> all = new ArrayList<>(registry);
        for (JsonObject order : orders) {
            String store = order.getString("storeCode");
            if (store != null && known.add(store)) {
                all.add(new Board.Column(store, store));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        orders.forEach(o -> used.add(o.getString("storeCode")));
        this.columns = all.stream().filter(c -> used.contains(c.code())).toList();
        orders.forEach(this::add);
    }

    List<Board.Column> columns() {
        return columns;
    }

    List<Board.Row> rows() {
        return rows.values().stream().map(RowBuilder::build).toList();
    }

    List<Board.Objection> objections() {
        return objections;
    }

    Board.Counts counts() {
        return new Board.Counts(pending, acknowledged, confirmed, objected, withdrawn, overdue, reinstatements);
    }

    private void add(JsonObject order) {
        UUID item = UUID.fromString(order.getString("itemId"));
        RowBuilder row = rows.computeIfAbsent(item, id -> new RowBuilder(id, order));
        String store = order.getString("storeCode");
        String status = order.getString("status", "PENDING");
        if ("REINSTATEMENT".equals(order.getString("kind"))) {
            reinstatements++;
            row.reinstatements.put(store, status);
            return;
        }
        row.takedowns.put(store, order);
        count(status, order.getBoolean("overdue", false));
        JsonObject objection = order.getJsonObject("objection");
        if ("OBJECTED".equals(status) && objection != null && objection.getString("outcome") == null) {
            String code = objection.getString("reasonCode");
            objections.add(new Board.Objection(UUID.fromString(order.getString("id")), order.getString("appName"), store,
                    code, reasonLabel.apply(code), objection.getString("reasonText"), instant(objection, "objectedAt")));
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

    private static Instant instant(JsonObject json, String field) {
        String value = json.getString(field);
        return value == null ? null : Instant.parse(value);
    }

    private final class RowBuilder {
        final UUID itemId;
        final JsonObject first;
        final Map<String, JsonObject> takedowns = new LinkedHashMap<>();
        final Map<String, String> reinstatements = new LinkedHashMap<>();

        RowBuilder(UUID itemId, JsonObject first) {
            this.itemId = itemId;
            this.first = first;
        }

        Board.Row build() {
            List<Board.Cell> cells = columns.stream().map(c -> cell(c.code())).toList();
            return new Board.Row(itemId, first.getString("appName"), first.getString("packageName"),
                    first.getString("operatorName"), cells);
        }

        private Board.Cell cell(String store) {
            JsonObject takedown = takedowns.get(store);
            String reinstatement = reinstatements.get(store);
            String status = takedown == null ? null : takedown.getString("status");
            boolean late = takedown != null && takedown.getBoolean("overdue", false);
            return new Board.Cell(store, lower(status), status == null ? null : stateLabel.apply(status), late,
                    takedown == null ? null : instant(takedown, "deadline"),
                    takedown == null ? null : instant(takedown, "confirmedAt"),
                    lower(reinstatement), reinstatement == null ? null : stateLabel.apply(reinstatement));
        }
    }

    private static String lower(String status) {
        return status == null ? null : status.toLowerCase(Locale.ROOT);
    }
}
