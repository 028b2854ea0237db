package org.appsupervision.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Says where a JSON body went wrong (its JSON path) and what was expected there, in words, never in Java names. */
final class BodyFaults {

    private BodyFaults() {
    }

    /** The path of the value at fault ({@code apps[0].name}), or null when the body is not JSON at all. */
    static String where(JsonProcessingException e) {
        StreamReadException read = readFault(e);
        String parsed = read == null || read.getProcessor() == null ? null : pathOf(read.getProcessor().getParsingContext());
        if (parsed != null) {
            // The parser stands at the very value or field name at fault; the mapping path may end at its object.
            return parsed;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return joined(mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .toList());
        }
        return null;
    }

    /** Why the value at {@link #where} was refused. */
    static String why(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this body";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        StreamReadException read = readFault(e);
        String message = read == null || read.getOriginalMessage() == null ? "" : read.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return "appears twice";
        }
        if (message.contains("out of range")) {
            return "is a number out of range";
        }
        return "wrong type or format";
    }

    /** The parser's own failure behind {@code e}, if it is one (bad syntax, a duplicate field, a number too large). */
    private static StreamReadException readFault(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    /** The JSON a value of {@code type} is read from. */
    static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "a whole number (no fraction, no quotes)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number (no quotes)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false (no quotes)";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type == LocalDate.class) {
            return "a date in quotes, as 2021-11-01";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a time in quotes, as 2021-11-01T08:00:00Z";
        }
        if (type == UUID.class) {
            return "an id in quotes, as 3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a value";
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return parts.isEmpty() ? null : joined(parts);
    }

    /** Joins path parts the way Bean Validation names them ({@code apps[0].name}), so one field has one name. */
    private static String joined(Iterable<String> parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
