package org.appsupervision.gateway.client;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Admins register store clients, rotate their secrets (the previous ones keep working for the
 * configured overlap, so a store can switch without downtime) and revoke them.
 */
@ApplicationScoped
public class ClientAdminService {

    private final StoreClientRepository clients;
    private final ClientSecretRepository secrets;
    private final AuditLog audit;
    private final GatewayConfig config;

    public ClientAdminService(StoreClientRepository clients, ClientSecretRepository secrets, AuditLog audit,
            GatewayConfig config) {
        this.clients = clients;
        this.secrets = secrets;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public List<ClientView> list() {
        Instant now = Instant.now();
        return clients.listAll(Sort.ascending("clientId")).stream()
                .map(c -> view(c, now, null, null)).toList();
    }

    @Transactional
    public ClientView create(NewClient request, String admin) {
        if (clients.findByIdOptional(request.clientId()).isPresent()) {
            throw ProblemException.conflict("Client " + request.clientId() + " already exists");
        }
        Instant now = Instant.now();
        StoreClient client = new StoreClient();
        client.clientId = request.clientId();
        client.storeCode = request.storeCode();
        client.enabled = true;
        client.createdAt = now;
        clients.persist(client);
        String secret = Secrets.generate();
        secrets.persist(Secrets.hashed(client.clientId, secret, now));
        audit.record(AuditAction.CLIENT_CREATED, admin, client.clientId, "store " + client.storeCode);
        return view(client, now, secret, null);
    }

    /** A new secret; the live ones expire after the overlap. */
    @Transactional
    public ClientView rotate(String clientId, String admin) {
        StoreClient client = find(clientId);
        if (!client.enabled) {
            throw ProblemException.conflict("Client " + clientId + " is revoked");
        }
        Instant now = Instant.now();
        Instant overlapEnds = now.plus(config.clients().rotationOverlap());
        for (ClientSecret live : secrets.liveSecrets(clientId, now)) {
            if (live.expiresAt == null || live.expiresAt.isAfter(overlapEnds)) {
                live.expiresAt = overlapEnds;
            }
        }
        String secret = Secrets.generate();
        secrets.persist(Secrets.hashed(clientId, secret, now));
        audit.record(AuditAction.CLIENT_SECRET_ROTATED, admin, clientId, "previous secrets expire at " + overlapEnds);
        return view(client, now, secret, overlapEnds);
    }

    /** Disables the client and revokes every secret at once. */
    @Transactional
    public ClientView revoke(String clientId, String admin) {
        StoreClient client = find(clientId);
        Instant now = Instant.now();
        client.enabled = false;
        client.revokedAt = now;
        for (ClientSecret live : secrets.liveSecrets(clientId, now)) {
            live.revokedAt = now;
        }
        audit.record(AuditAction.CLIENT_REVOKED, admin, clientId, null);
        return view(client, now, null, null);
    }

    private ClientView view(StoreClient client, Instant now, String secret, Instant previousExpire) {
        int live = secrets.liveSecrets(client.clientId, now).size();
        return new ClientView(client.clientId, client.storeCode, client.enabled, live, client.createdAt,
                client.revokedAt, secret, previousExpire);
    }

    private StoreClient find(String clientId) {
        return clients.findByIdOptional(clientId).orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }
}
