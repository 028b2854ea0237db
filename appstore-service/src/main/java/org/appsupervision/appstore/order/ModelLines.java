package org.appsupervision.appstore.order;

import java.util.List;
import java.util.stream.Collectors;

/** Writes an order's model lines as the JSON array its column holds. */
final class ModelLines {

    private ModelLines() {
    }

    static String json(List<String> modelLines) {
        return modelLines.stream().map(ModelLines::quoted).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
