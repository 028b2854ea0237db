package org.appsupervision.events;

import java.util.Optional;

/**
 * Finds event types by name. Every event is a record in this package named after its type and
 * implementing {@link ChainEvent}, with a JSON Schema at {@link #schemaResource}; adding an event
 * needs no registration here.
 */
public final class EventTypes {

    private EventTypes() {
    }

    /** The record class of an event type of this package, if the name is one. */
    public static Optional<Class<? extends ChainEvent>> byName(String type) {
        return recordNamed(type, EventTypes.class.getClassLoader())
                .filter(ChainEvent.class::isAssignableFrom)
                .map(candidate -> candidate.asSubclass(ChainEvent.class));
    }

    /**
     * The record of this package named {@code type}, loaded by {@code loader}. Consumers pass the
     * loader of their own {@link ChainEvent} so that the class they get is the one they can cast to,
     * whatever loader loaded this class.
     */
    public static Optional<Class<?>> recordNamed(String type, ClassLoader loader) {
        if (type == null || !type.matches("[A-Z][A-Za-z]{1,80}")) {
            return Optional.empty();
        }
        try {
            Class<?> candidate = Class.forName(EventTypes.class.getPackageName() + "." + type, false, loader);
            return candidate.isRecord() ? Optional.of(candidate) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
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
