package org.appsupervision.platform.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.appsupervision.events.ChainEvent;

/** The event types one consumer applies, each with its effect; other types on the topic are skipped. */
public final class EventHandlers {

    private final String consumer;
    private final Map<Class<? extends ChainEvent>, Consumer<ChainEvent>> handlers = new HashMap<>();
    private final Map<Class<? extends ChainEvent>, Consumer<List<ChainEvent>>> batchHandlers = new HashMap<>();

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
        batchHandlers.remove(type);
        return this;
    }

    /**
     * Registers an effect that applies many events of one type at once (in delivery order), for
     * {@link Inbox#applyAll}; a single event is applied as a list of one.
     */
    @SuppressWarnings("unchecked")
    public <E extends ChainEvent> EventHandlers onBatch(Class<E> type, Consumer<List<E>> effect) {
        batchHandlers.put(type, events -> effect.accept((List<E>) (List<?>) events));
        handlers.put(type, event -> effect.accept(List.of((E) event)));
        return this;
    }

    public String consumer() {
        return consumer;
    }

    Optional<Consumer<ChainEvent>> handlerFor(Class<? extends ChainEvent> type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** The effect on many events of the type: the batch effect when one is registered, else one by one. */
    Consumer<List<ChainEvent>> batchHandlerFor(Class<? extends ChainEvent> type) {
        Consumer<List<ChainEvent>> batch = batchHandlers.get(type);
        if (batch != null) {
            return batch;
        }
        Consumer<ChainEvent> single = handlers.get(type);
        return events -> events.forEach(single);
    }

    boolean handles(Class<? extends ChainEvent> type) {
        return handlers.containsKey(type);
    }
}
