package org.appsupervision.portal.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a chart: categories and named series of numbers, as JSON for the script and as a table. */
final class ChartData {

    private final String id;
    private final String title;
    private final String kind;
    private final List<String> categories = new ArrayList<>();
    private final Map<String, List<Number>> series = new LinkedHashMap<>();
    private boolean stacked;
    private boolean horizontal;

    ChartData(String id, String title, String kind) {
        this.id = id;
        this.title = title;
        this.kind = kind;
    }

    ChartData stacked() {
        stacked = true;
        return this;
    }

    ChartData horizontal() {
        horizontal = true;
        return this;
    }

    ChartData series(String name) {
        series.put(name, new ArrayList<>());
        return this;
    }

    /** One category with a value per series, in the order the series were named. */
    ChartData add(String category, Number... values) {
        categories.add(category);
        int i = 0;
        for (List<Number> data : series.values()) {
            data.add(values[i++]);
        }
        return this;
    }

    Dashboard.Chart build(Locale locale) {
        JsonArray seriesJson = new JsonArray();
        series.forEach((name, data) -> seriesJson.add(new JsonObject().put("name", name).put("data", new JsonArray(data))));
        JsonObject json = new JsonObject().put("kind", kind).put("stacked", stacked).put("horizontal", horizontal)
                .put("categories", new JsonArray(categories)).put("series", seriesJson);
        List<String> columns = new ArrayList<>();
        columns.add("");
        columns.addAll(series.keySet());
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (List<Number> data : series.values()) {
                row.add(numbers.format(data.get(c)));
            }
            rows.add(row);
        }
        return new Dashboard.Chart(id, title, categories.isEmpty(), json.encode(), columns, rows);
    }
}
