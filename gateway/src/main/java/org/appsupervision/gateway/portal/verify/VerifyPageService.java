package org.appsupervision.gateway.portal.verify;

import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.appsupervision.gateway.portal.PortalService;
import org.appsupervision.gateway.portal.ServiceClient;
import org.appsupervision.gateway.portal.ServiceReply;

/** Asks penalty-service's public verification about an uploaded PDF or a document number (no login: no token). */
@ApplicationScoped
public class VerifyPageService {

    static final String VERIFICATION = "/public/penalty/documents/verification";
    private final ServiceClient services;

    public VerifyPageService(ServiceClient services) {
        this.services = services;
    }

    public VerifyPage verify(byte[] pdf, boolean english, VerifyMessages text) {
        ServiceReply reply = services.await(services.send(PortalService.PENALTY, HttpMethod.POST, VERIFICATION, null,
                "application/pdf", Buffer.buffer(pdf)));
        if (reply.ok()) {
            return new VerifyPage("", VerifyPage.result(reply.object(), english), java.util.List.of(), false, null);
        }
        return failed("", reply, text);
    }

    public VerifyPage byNumber(String number, VerifyMessages text) {
        ServiceReply reply = services.await(services.get(PortalService.PENALTY,
                "/public/penalty/documents?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8), null));
        if (reply.ok()) {
            return new VerifyPage(number, null, VerifyPage.documents(reply.array()), true, null);
        }
        return failed(number, reply, text);
    }

    private static VerifyPage failed(String number, ServiceReply reply, VerifyMessages text) {
        String why = reply.unavailable() || reply.problem() == null ? text.unavailable()
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
        return new VerifyPage(number, null, java.util.List.of(), false, why);
    }
}
