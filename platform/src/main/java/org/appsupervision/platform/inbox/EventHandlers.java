package org.appsupervision.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.appsupervision.events.ChainEvent;

/** The event types one consumer applies, each with its effect; other types on the topic are skipped. */
public final class EventHandlers {

    private final String consumer;
    private final Map<Class<? extends ChainEvent>, Consumer<ChainEvent>> handlers = new HashMap<>();

    private EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    /** Starts the handlers of a consumer; the name keys its inbox, so keep it stable. */
    public static EventHandlers of(String consumer) {
        return new EventHandlers(consumer);
    }

    @SuppressWarnings("unchecked")
    public <E extends ChainEvent> EventHandlers on(Class<E> type, Consumer<E> effect) {
        handlers.put(type, event -> effect.accept((E) event));
        return this;
    }

    public String consumer() {
        return consumer;
    }

    Optional<Consumer<ChainEvent>> handlerFor(Class<? extends ChainEvent> type) {
        return Optional.ofNullable(handlers.get(type));
    }

    boolean handles(Class<? extends ChainEvent> type) {
        return handlers.containsKey(type);
    }
}
