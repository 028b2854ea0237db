package org.appsupervision.notice.sdk;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that a class is recognised as at most one SDK: two SDKs' package prefixes must not be equal, nor one a
 * prefix of the other at a segment boundary ({@code com.umeng} and {@code com.umeng.push} overlap;
 * {@code com.umeng} and {@code com.umengx} do not).
 */
public final class PrefixOverlap {

    /** A prefix of the SDK being written that overlaps {@code otherPrefix} of {@code otherSdk}. */
    public record Clash(String prefix, String otherPrefix, String otherSdk) {
    }

    private PrefixOverlap() {
    }

    public static boolean overlaps(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** The first clash of {@code prefixes} with the prefixes of other SDKs ({@code prefix -> sdk code}), if any. */
    public static Optional<Clash> find(Collection<String> prefixes, Map<String, String> others) {
        for (String prefix : prefixes) {
            for (Map.Entry<String, String> other : others.entrySet()) {
                if (overlaps(prefix, other.getKey())) {
                    return Optional.of(new Clash(prefix, other.getKey(), other.getValue()));
                }
            }
        }
        return Optional.empty();
    }
}
