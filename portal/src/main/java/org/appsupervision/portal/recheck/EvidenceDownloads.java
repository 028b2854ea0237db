package org.appsupervision.portal.recheck;

import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceFiles;
import org.appsupervision.portal.Viewer;

/** Fetches an evidence file from notice-service with the viewer's token (the service decides) and passes it on. */
@ApplicationScoped
public class EvidenceDownloads {

    private final ServiceFiles files;

    public EvidenceDownloads(ServiceFiles files) {
        this.files = files;
    }

    /** The file as an attachment, or null when the service refuses or cannot be reached. */
    public Response fetch(String path, Viewer viewer) {
        HttpResponse<Buffer> response = files.get(PortalService.NOTICE, path, null, viewer);
        if (response == null) {
            return null;
        }
        String disposition = response.getHeader("Content-Disposition");
        return Response.ok(response.bodyAsBuffer().getBytes(), response.getHeader("Content-Type"))
                .header("Content-Disposition", disposition == null ? "attachment" : disposition)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }
}
