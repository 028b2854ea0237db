package org.appsupervision.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A client's request body on its way to a service, cut off at the route's limit, that also tells whether the
 * client is to blame when the request fails: it sent too much, its connection broke, or it had not finished sending.
 * Runs on the request's event loop only.
 */
final class CappedBody implements ReadStream<Buffer> {

    /** The body went over the route's limit; the proxy stops sending it. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("The request body is over the route's limit", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long received;
    private boolean started;
    private boolean ended;
    private boolean exceeded;
    private boolean broken;
    private Handler<Throwable> exceptionHandler;

    CappedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    /** Whether the body went over the limit. */
    boolean exceeded() {
        return exceeded;
    }

    /** Whether a failure now is the client's doing: too much sent, its stream broke, or it is still sending. */
    boolean clientAtFault() {
        return exceeded || broken || (started && !ended);
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler == null ? null : failure -> {
            broken = true;
            handler.handle(failure);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        started = true;
        source.handler(buffer -> {
            if (exceeded) {
                return;
            }
            received += buffer.length();
            if (received > limit) {
                exceeded = true;
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge());
                }
                return;
            }
            handler.handle(buffer);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : end -> {
            if (!exceeded) {
                ended = true;
                handler.handle(end);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }
}
