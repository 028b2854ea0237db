package org.appsupervision.portal.verify;

import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;

/**
 * Asks the public verifications about an uploaded PDF (penalty-service's for prior notices and decisions,
 * notice-service's for published notices: a PDF is one service's or the other's) or penalty-service about a document
 * number (no login: no token).
 */
@ApplicationScoped
public class VerifyPageService {

    static final String VERIFICATION = "/public/penalty/documents/verification";
    static final String NOTICE_VERIFICATION = "/api/public/documents/verification";
    private final ServiceClient services;

    public VerifyPageService(ServiceClient services) {
        this.services = services;
    }

    public VerifyPage verify(byte[] pdf, boolean english, VerifyMessages text) {
        ServiceReply reply = services.await(services.send(PortalService.PENALTY, HttpMethod.POST, VERIFICATION, null,
                "application/pdf", Buffer.buffer(pdf)));
        if (issued(reply)) {
            return result(reply, english);
        }
        ServiceReply notice = services.await(services.send(PortalService.NOTICE, HttpMethod.POST, NOTICE_VERIFICATION,
                null, "application/pdf", Buffer.buffer(pdf)));
        if (issued(notice)) {
            return result(notice, english);
        }
        // "Not issued" only when both services said so: one that did not answer might have issued it.
        if (reply.ok() && notice.ok()) {
            return result(reply, english);
        }
        return failed("", reply.ok() ? notice : reply, text);
    }

    private static boolean issued(ServiceReply reply) {
        return reply.ok() && reply.object() != null && reply.object().getBoolean("issued", false);
    }

    private static VerifyPage result(ServiceReply reply, boolean english) {
        return new VerifyPage("", VerifyPage.result(reply.object(), english), java.util.List.of(), false, null);
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
