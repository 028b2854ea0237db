package org.appsupervision.platform.inbox;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A topic's consumer applying its events through the {@link Inbox}: a subclass passes its handlers and the reasons
 * earlier versions parked events for that it applies again at every start, and declares
 * {@code @Incoming("<channel>") @Blocking consume(...)} returning {@link #apply} (in the subclass: Quarkus does not see an
 * inherited {@code @Incoming} method, and the channel would be left without a consumer).
 */
public abstract class InboxConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;
    private final List<String> reappliedReasons;

    /**
     * For the client proxy of the {@code @ApplicationScoped} subclass, which hands every call to the bean's instance;
     * Quarkus cannot add a no-args constructor to a subclass whose superclass has none.
     */
    protected InboxConsumer() {
        this.inbox = null;
        this.handlers = null;
        this.reappliedReasons = List.of();
    }

    /**
     * @param reappliedReasons how the reasons start for which earlier versions parked events this version applies
     *     (see {@link Inbox#reapplyParked}); none for a consumer that never changed what it fails on
     */
    protected InboxConsumer(Inbox inbox, EventHandlers handlers, String... reappliedReasons) {
        this.inbox = inbox;
        this.handlers = handlers;
        this.reappliedReasons = List.of(reappliedReasons);
    }

    /** Applies the message exactly once, then acknowledges it. */
    protected CompletionStage<Void> apply(Message<String> message) {
        return inbox.apply(message, handlers);
    }

    /** Applies a polled batch in one transaction (one by one if that fails), then acknowledges it. */
    protected CompletionStage<Void> apply(KafkaRecordBatch<?, String> batch) {
        return inbox.apply(batch, handlers);
    }

    /** Applies messages as one batch without acknowledging them, as {@link #apply(KafkaRecordBatch)} does. */
    public void applyAll(List<? extends Message<String>> messages) {
        inbox.applyAll(messages, handlers);
    }

    /** Applies again, once at startup, the events earlier versions parked for a reason this one no longer fails on. */
    public void reapplyParkedAtStartup(@Observes StartupEvent start) {
        reappliedReasons.forEach(reason -> inbox.reapplyParkedAtStartup(handlers, reason));
    }

    /** Applies again the events parked for the reasons this consumer now handles; how many were applied. */
    public int reapplyParked() {
        return reappliedReasons.stream().mapToInt(reason -> inbox.reapplyParked(handlers, reason)).sum();
    }
}
