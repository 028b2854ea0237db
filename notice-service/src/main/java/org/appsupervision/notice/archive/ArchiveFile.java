package org.appsupervision.notice.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.appsupervision.platform.input.UnacceptableTextException;
import org.appsupervision.platform.problem.Problem.FieldError;

/**
 * Reads an archive file (JSON Lines, one notice per line, blank lines ignored) whole, and says of every line what is
 * wrong with its JSON or its fields, as {@code line N: path} and a reason in words.
 */
final class ArchiveFile {

    /** A line read, with its number in the file and whether its fields passed their own checks. */
    record Line(int number, ArchivedNotice notice, boolean wellFormed) {
    }

    private ArchiveFile() {
    }

    /** The file's notices; every fault found is added to {@code errors} (then the lines are not to be written). */
    static List<Line> read(byte[] file, ObjectReader json, Validator validator, List<FieldError> errors) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < file.length) {
            int end = start;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            number++;
            int to = end > start && file[end - 1] == '\r' ? end - 1 : end;
            if (!blank(file, start, to)) {
                int lineNumber = number;
                ArchivedNotice notice = parse(file, start, to, number, json, errors);
                if (notice != null) {
                    List<FieldError> faults = validator.validate(notice).stream()
                            .map(v -> new FieldError(at(lineNumber, path(v)), v.getMessage()))
                            .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
                    errors.addAll(faults);
                    lines.add(new Line(lineNumber, notice, faults.isEmpty()));
                }
            }
            start = end + 1;
        }
        return lines;
    }

    static String at(int line, String path) {
        return path == null || path.isEmpty() ? "line " + line : "line " + line + ": " + path;
    }

    private static ArchivedNotice parse(byte[] file, int from, int to, int number, ObjectReader json,
            List<FieldError> errors) {
        try {
            ArchivedNotice notice = json.readValue(file, from, to - from);
            if (notice == null) {
                errors.add(new FieldError(at(number, null), "is null, not a notice object"));
            }
            return notice;
        } catch (JsonProcessingException e) {
            errors.add(new FieldError(at(number, where(e)), why(e)));
            return null;
        } catch (IOException e) {
            errors.add(new FieldError(at(number, null), "could not be read"));
            return null;
        }
    }

    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return null;
    }

    private static String why(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of an archived notice";
        }
        if (e instanceof UnacceptableTextException text) {
            return "text " + text.reason();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "has the wrong type or format";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.startsWith("Duplicate field") ? "has a field twice" : "is not one JSON object on one line";
    }

    /** The violation's path as {@code annexes[1].items[3].operator.creditCode}, without validator-internal names. */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
    }

    private static boolean blank(byte[] file, int from, int to) {
        for (int i = from; i < to; i++) {
            if (file[i] != ' ' && file[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
