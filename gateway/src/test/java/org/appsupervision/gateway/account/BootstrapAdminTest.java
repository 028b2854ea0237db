package org.appsupervision.gateway.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class BootstrapAdminTest {

    @Inject
    BootstrapAdmin bootstrap;

    @Inject
    AccountRepository accounts;

    private final Caller caller = Caller.fresh();

    @Test
    void createsTheFirstAdminOnlyWhenNoEnabledAdminExists() throws Exception {
        Path secret = Files.createTempFile("bootstrap-admin", ".txt");
        Files.writeString(secret, "Root-admin-pass-2026\n");
        assertFalse(bootstrap.ensureAdmin("root.admin", secret), "the demo admin exists");

        setEnabled("admin", false);
        try {
            assertTrue(bootstrap.ensureAdmin("root.admin", secret));
            caller.login("root.admin", "Root-admin-pass-2026");
            assertFalse(bootstrap.ensureAdmin("second.admin", secret), "an admin exists now");
        } finally {
            setEnabled("admin", true);
            setEnabled("root.admin", false);
            Files.delete(secret);
        }
    }

    @Test
    void refusesAWeakBootstrapPassword() throws Exception {
        Path secret = Files.createTempFile("bootstrap-admin", ".txt");
        Files.writeString(secret, "short");
        setEnabled("admin", false);
        try {
            assertThrows(ProblemException.class, () -> bootstrap.ensureAdmin("weak.admin", secret));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> accounts.findByIdOptional("weak.admin").isEmpty()));
        } finally {
            setEnabled("admin", true);
            Files.delete(secret);
        }
    }

    private void setEnabled(String username, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> accounts.findByIdOptional(username)
                .ifPresent(account -> account.enabled = enabled));
    }
}
