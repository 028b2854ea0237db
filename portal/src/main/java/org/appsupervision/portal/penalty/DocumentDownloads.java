package org.appsupervision.portal.penalty;

import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceFiles;
import org.appsupervision.portal.Viewer;

/** Fetches a case document's signed PDF from penalty-service as bytes, with the viewer's token (the service decides). */
@ApplicationScoped
public class DocumentDownloads {

    private final ServiceFiles files;

    public DocumentDownloads(ServiceFiles files) {
        this.files = files;
    }

    /** The PDF, or null when the service refuses or cannot be reached. */
    public byte[] pdf(UUID caseId, String documentId, Viewer viewer) {
        return pdf("/api/penalty/cases/" + caseId + "/documents/" + UUID.fromString(documentId) + "/pdf", viewer);
    }

    /** The PDF at a path of penalty-service, or null when the service refuses or cannot be reached. */
    public byte[] pdf(String path, Viewer viewer) {
        HttpResponse<Buffer> response = files.get(PortalService.PENALTY, path, "application/pdf", viewer);
        return response == null ? null : response.bodyAsBuffer().getBytes();
    }
}
