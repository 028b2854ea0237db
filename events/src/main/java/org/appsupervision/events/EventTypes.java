package org.appsupervision.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Registry of the event types this version of the contracts knows, by their type name. */
public final class EventTypes {

    private static final Map<String, Class<? extends ChainEvent>> BY_NAME = Stream
            .of(TakedownOrdered.class, TakedownConfirmed.class, TakedownOverdue.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    public static Optional<Class<? extends ChainEvent>> byName(String type) {
        return Optional.ofNullable(BY_NAME.get(type));
    }

    /** The URI of the JSON Schema that describes the data of the given type and version. */
    public static String schemaUri(String type, int version) {
        return "urn:appsupervision:events:" + type + ":" + version;
    }

    /** Classpath location of the JSON Schema of the given type and version. */
    public static String schemaResource(String type, int version) {
        return "/schemas/" + type + ".v" + version + ".json";
    }
}
