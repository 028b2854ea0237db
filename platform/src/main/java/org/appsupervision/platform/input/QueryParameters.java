package org.appsupervision.platform.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads query parameters of the usual types (numbers, ids, dates, times, enums) so that a value that does not
 * convert is a {@code 400 /problems/validation} naming the parameter, where the framework would answer a 404 as
 * for a path it cannot match. Path parameters keep the framework's conversion: a path id that cannot exist is
 * a 404. A parameter accepts the values the framework would, except that an id must be written whole.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    private record Reading(Function<String, Object> read, String expected) {
    }

    private static final Map<Class<?>, Reading> READINGS = Map.ofEntries(
            Map.entry(int.class, new Reading(Integer::valueOf, "a whole number")),
            Map.entry(Integer.class, new Reading(Integer::valueOf, "a whole number")),
            Map.entry(long.class, new Reading(Long::valueOf, "a whole number")),
            Map.entry(Long.class, new Reading(Long::valueOf, "a whole number")),
            Map.entry(BigDecimal.class, new Reading(BigDecimal::new, "a number")),
            Map.entry(UUID.class, new Reading(QueryParameters::uuid, "an id as 3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85")),
            Map.entry(LocalDate.class, new Reading(LocalDate::parse, "a date as 2021-11-01")),
            Map.entry(Instant.class, new Reading(Instant::parse, "a time as 2021-11-01T08:00:00Z")));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        Reading reading = rawType.isEnum() ? enumReading(rawType) : READINGS.get(rawType);
        return reading == null ? null : (ParamConverter<T>) new Converter(name, reading);
    }

    /** The converter of one query parameter. */
    private static final class Converter implements ParamConverter<Object> {
        private final String name;
        private final Reading reading;

        Converter(String name, Reading reading) {
            this.name = name;
            this.reading = reading;
        }

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return reading.read().apply(value);
            } catch (RuntimeException e) {
                throw new ProblemException(ProblemTypes.VALIDATION, "The query parameter '" + name + "' cannot be read",
                        List.of(new Problem.FieldError(name, "must be " + reading.expected())));
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reading enumReading(Class<?> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return new Reading(value -> Enum.valueOf((Class) type, value), "one of " + names);
    }

    /** {@link UUID#fromString} also takes shortened forms such as {@code 1-2-3-4-5}; an id here is written whole. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a whole UUID");
        }
        return UUID.fromString(value);
    }
}
