package org.appsupervision.notice.rectification;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.appsupervision.notice.evidence.EvidenceContent;

/** The answer of an evidence download: the bytes with their recognised type, as an attachment with its name. */
public final class EvidenceDownload {

    private EvidenceDownload() {
    }

    public static Response of(EvidenceContent content) {
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
