package org.appsupervision.notice.evidence;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The answers of the evidence endpoints: a file attached (201 at its own path) and a file downloaded. */
public final class EvidenceResponses {

    private EvidenceResponses() {
    }

    /** 201 with the attached file's view, located under the upload path by its id. */
    public static Response created(UriInfo uri, EvidenceView file) {
        return Response.created(uri.getAbsolutePathBuilder().path(file.id().toString()).build()).entity(file).build();
    }

    /** The bytes with their recognised type, as an attachment with its name. */
    public static Response download(EvidenceContent content) {
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
