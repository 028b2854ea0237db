package org.appsupervision.platform.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Bearer tokens whose signature and claims were verified once, remembered by the whole token until the last moment the
 * verifier itself would accept them (its expiry plus the verifier's clock skew): a client sends the same token for
 * minutes, and the RSA check and JSON parsing are a large share of a short request. A token that fails verification is
 * never remembered, and a remembered one is never answered once that moment has passed by this clock.
 *
 * @param <T> what verification yields (claims, a principal)
 */
public final class VerifiedTokens<T> {

    /** Verifies a token, throwing when it does not verify. */
    @FunctionalInterface
    public interface Verifier<T, E extends Exception> {
        T verify(String token) throws E;
    }

    private record Entry<T>(T value, long lastValidMillis) {
    }

    private final LongSupplier clock;
    private final ToLongFunction<T> lastValidMillis;
    private final Map<String, Entry<T>> verified;

    /**
     * @param capacity        at most this many tokens are remembered, the least recently used forgotten first
     * @param lastValidMillis the last epoch millisecond at which the verifier would still accept a verified token
     * @param clock           epoch milliseconds now
     */
    public VerifiedTokens(int capacity, ToLongFunction<T> lastValidMillis, LongSupplier clock) {
        this.clock = clock;
        this.lastValidMillis = lastValidMillis;
        this.verified = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The remembered result for this token while it is valid, else the verifier's (remembered if the token verifies
     * and is still valid by this clock).
     *
     * @param expired the refusal of a token the verifier accepted but which has expired by this clock
     */
    public <E extends Exception> T verify(String token, Verifier<T, E> verifier, Supplier<E> expired) throws E {
        long now = clock.getAsLong();
        Entry<T> known = verified.get(token);
        if (known != null) {
            if (now <= known.lastValidMillis()) {
                return known.value();
            }
            verified.remove(token);
        }
        T value = verifier.verify(token);
        long lastValid = lastValidMillis.applyAsLong(value);
        if (now > lastValid) {
            throw expired.get();
        }
        verified.put(token, new Entry<>(value, lastValid));
        return value;
    }

    /** How many tokens are remembered now. */
    public int size() {
        return verified.size();
    }
}
