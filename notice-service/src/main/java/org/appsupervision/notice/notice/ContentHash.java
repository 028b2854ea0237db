package org.appsupervision.notice.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 hash of a published notice's content (kind, title, numbers, deadline, publication and every
 * row of its table, app or SDK, with the authority whose annex lists it), so that anyone can check a copy has not been altered.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Notice notice) {
        StringBuilder text = new StringBuilder()
                .append("kind=").append(notice.kind).append('\n')
                .append("title=").append(notice.title).append('\n')
                .append("batch=").append(notice.batchYear).append('/').append(notice.yearlyBatch).append('/')
                .append(notice.cumulativeBatch).append('\n')
                .append("deadline=").append(notice.deadlineDate).append(' ').append(notice.deadlineRule).append('\n')
                .append("published=").append(notice.publishedAt).append(' ').append(notice.publishedBy).append('\n')
                .append("withdraws=").append(notice.withdrawsNoticeId).append('\n');
        for (NoticeItem item : notice.items) {
            if (item.namesSdk()) {
                sdkItem(text, item);
                continue;
            }
            text.append("item=").append(item.seq).append('|').append(item.appName).append('|')
                    .append(item.packageName).append('|').append(item.appVersion).append('|')
                    .append(item.operatorName).append('|').append(item.operatorCreditCode).append('|')
                    .append(sorted(item.problemCodes)).append('|').append(sorted(item.storeCodes)).append('|')
                    .append(item.refusedRectification);
            if (item.reportedBy != null) {
                text.append('|').append(item.reportedBy);
            }
            text.append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SDK item's line; app items keep their line unchanged, so that the hashes of earlier notices still verify. */
    private static void sdkItem(StringBuilder text, NoticeItem item) {
        text.append("sdk-item=").append(item.seq).append('|').append(item.sdkCode).append('|').append(item.sdkNameZh)
                .append('|').append(item.sdkNameEn).append('|').append(List.of(item.sdkVersions)).append('|')
                .append(item.operatorName).append('|').append(item.operatorCreditCode).append('|')
                .append(sorted(item.problemCodes)).append('|').append(item.reportedBy).append('\n');
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
