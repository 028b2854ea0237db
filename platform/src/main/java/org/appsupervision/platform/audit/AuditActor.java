package org.appsupervision.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Tells the database who acts in a transaction that a caller's write request starts, so the audit
 * triggers record the token's subject; transactions of consumers and schedulers stay 'system'.
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.audit-trail.enabled", stringValue = "true", enableIfMissing = true)
public class AuditActor {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private static final Logger LOG = Logger.getLogger(AuditActor.class);

    private final DataSource dataSource;
    private final TransactionManager transactions;

    public AuditActor(DataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    void onTransactionBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        String actor = callerOfAWriteRequest();
        if (actor == null) {
            return;
        }
        // The connection is the transaction's own (the pool hands the same one to Hibernate), and
        // set_config(..., true) lasts until the transaction ends.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT set_config('supervision.actor', ?, true)")) {
            statement.setString(1, actor);
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            // Never throw from here: a failing observer of the transaction's start leaves the begun transaction
            // on the worker thread, and the next request on it would join it and never commit. A write whose
            // author cannot be recorded must not happen, so this transaction can only roll back.
            LOG.warnf("Could not record the actor of a write (the transaction will roll back): %s", e.getMessage());
            rollbackOnly();
        }
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException | IllegalStateException e) {
            LOG.warnf("Could not mark the transaction rollback-only: %s", e.getMessage());
        }
    }

    private static String callerOfAWriteRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null || READS.contains(request.request().method())) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(CurrentIdentityAssociation.class).get().getIdentity();
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
