package org.appsupervision.gateway.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.platform.security.Roles;
import org.jboss.logging.Logger;

/**
 * Gives a fresh deployment its first admin: when {@code gateway.bootstrap.admin-username} and
 * {@code admin-password-file} are set and no enabled admin exists, that admin is created (audited,
 * under the password policy; a weak password stops the gateway with the reason). Once an admin
 * exists this does nothing, so the secret can be removed after the first start.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final GatewayConfig config;
    private final AccountRepository accounts;
    private final AccountService accountService;

    public BootstrapAdmin(GatewayConfig config, AccountRepository accounts, AccountService accountService) {
        this.config = config;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    void onStart(@Observes StartupEvent startup) {
        GatewayConfig.Bootstrap bootstrap = config.bootstrap();
        if (bootstrap.adminUsername().isEmpty() || bootstrap.adminPasswordFile().isEmpty()) {
            return;
        }
        Path passwordFile = Path.of(bootstrap.adminPasswordFile().get());
        if (!Files.isReadable(passwordFile)) {
            LOG.infof("No bootstrap admin password at %s; no admin is created at start-up", passwordFile);
            return;
        }
        ensureAdmin(bootstrap.adminUsername().get(), passwordFile);
    }

    /** Creates the admin unless an enabled admin exists; returns whether it created one. */
    @Transactional
    public boolean ensureAdmin(String username, Path passwordFile) {
        long admins = accounts.getEntityManager()
                .createQuery("SELECT count(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = true",
                        Long.class)
                .setParameter("role", Roles.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return false;
        }
        String password;
        try {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bootstrap admin password file " + passwordFile, e);
        }
        accountService.create(new NewAccount(username, "系统管理员 / Administrator", Set.of(Roles.ADMIN), null,
                password, null), "bootstrap");
        LOG.warnf("Created the bootstrap admin %s; remove the password secret once other admins exist", username);
        return true;
    }
}
