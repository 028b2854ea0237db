package org.appsupervision.platform.opendata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a dataset's values read in the files: dates as {@code 2026-03-01}, instants as UTC ISO-8601
 * ({@code 2026-03-01T02:00:00Z}), UUIDs as text, whole numbers and decimals as JSON numbers; in CSV a list of plain
 * values is joined by {@code ;} and a list of objects or an object is its JSON text, null is an empty cell.
 */
final class OpenDataValues {

    private OpenDataValues() {
    }

    /** The value as text, Boolean, Long, BigDecimal, List or Map of those, or null. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof UUID || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(OpenDataValues::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof Record record) {
            Map<String, Object> plain = new LinkedHashMap<>();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    plain.put(component.getName(), plain(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return plain;
        }
        throw new IllegalArgumentException("not an open-data value: " + value.getClass().getSimpleName());
    }

    /** The value as one CSV cell (null for an empty cell). */
    static String csvCell(Object value) {
        Object plain = plain(value);
        if (plain == null) {
            return null;
        }
        if (plain instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (plain instanceof List<?> list && list.stream().noneMatch(e -> e instanceof Map || e instanceof List)) {
            return list.stream().map(e -> e == null ? "" : csvCell(e)).collect(Collectors.joining(";"));
        }
        if (plain instanceof List<?> || plain instanceof Map<?, ?>) {
            return jsonText(plain);
        }
        return plain.toString();
    }

    private static String jsonText(Object plain) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
