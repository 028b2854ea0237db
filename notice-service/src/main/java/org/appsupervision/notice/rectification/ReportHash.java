package org.appsupervision.notice.rectification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceStore;

/**
 * The SHA-256 of a report or a re-check result: over its item, its version and its text (each line-terminated, in
 * this order) and then the SHA-256 of each evidence file in sorted order, so that changing any word or file changes it.
 */
public final class ReportHash {

    private ReportHash() {
    }

    public static String of(UUID itemId, String version, String text, List<String> evidenceHashes) {
        StringBuilder canonical = new StringBuilder().append(itemId).append('\n').append(version).append('\n')
                .append(text.length()).append(':').append(text).append('\n');
        evidenceHashes.stream().sorted().forEach(hash -> canonical.append(hash).append('\n'));
        return EvidenceStore.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }
}
