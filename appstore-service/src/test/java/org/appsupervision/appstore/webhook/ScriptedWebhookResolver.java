package org.appsupervision.appstore.webhook;

import io.quarkus.test.Mock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays DNS for the tests: a name answers only what a test scripted for it, in turn (the last answer
 * repeats), and every other name does not resolve, so no test ever looks up or reaches a real host.
 */
@Mock
public class ScriptedWebhookResolver implements WebhookResolver {

    private static final Map<String, Deque<List<InetAddress>>> ANSWERS = new ConcurrentHashMap<>();

    /** From now on {@code host} answers {@code answers[0]} once, then {@code answers[1]} ..., the last one repeating. */
    @SafeVarargs
    public static void script(String host, List<InetAddress>... answers) {
        ANSWERS.put(host, new ArrayDeque<>(List.of(answers)));
    }

    /** An address literal as an InetAddress (no lookup happens for literals). */
    public static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        Deque<List<InetAddress>> answers = ANSWERS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }
}
