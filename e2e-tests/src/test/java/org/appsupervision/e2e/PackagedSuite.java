package org.appsupervision.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.appsupervision.devstack.DemoData;
import org.appsupervision.devstack.DevStack;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.Suite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged suite one end-to-end test class runs against, as a JUnit 5 extension: started with the e2e credentials
 * before the class's first test (and before its own {@code @BeforeAll}), stopped after its last. A class registers it
 * on a static field and states its special options there:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(1))
 *         .withOptions(options -> options.withNoticeSettings(Map.of("notice.deadline-watch.every", "1s")));
 * static final Gateway gateway = suite.gateway();
 * }</pre>
 */
public final class PackagedSuite implements BeforeAllCallback, AfterAllCallback {

    /** The password of every demonstration account of the suite. */
    public static final String PASSWORD = ChainFixtures.PASSWORD;

    /** Store {@code x}'s client secret is this, a hyphen and {@code x}. */
    public static final String STORE_SECRET_PREFIX = ChainFixtures.STORE_SECRET_PREFIX;

    private final Settings settings;
    private Suite suite;

    /** What a class asks of its suite. */
    private record Settings(Duration takedownSla, String repositoryProperty, UnaryOperator<Suite.Options> options,
            boolean demoRound, BooleanSupplier precondition, String preconditionMissing) {
    }

    private PackagedSuite(Settings settings) {
        this.settings = settings;
    }

    /** The suite with the test options of devstack and this takedown deadline for the stores. */
    public static PackagedSuite withTakedownSla(Duration takedownSla) {
        return new PackagedSuite(new Settings(takedownSla, "suite.root", UnaryOperator.identity(), false, () -> true,
                ""));
    }

    /**
     * The same, with these changes to the options, applied when the suite starts (so they may use what the class set
     * up in its static fields, a receiver's address for example).
     */
    public PackagedSuite withOptions(UnaryOperator<Suite.Options> change) {
        Settings s = settings;
        return new PackagedSuite(new Settings(s.takedownSla(), s.repositoryProperty(),
                o -> change.apply(s.options().apply(o)), s.demoRound(), s.precondition(), s.preconditionMissing()));
    }

    /**
     * The same, with the packaged services read from the repository the system property {@code property} names when
     * it is set ({@code suite.root} otherwise): a copy of them, so that a long run is not disturbed by rebuilds.
     */
    public PackagedSuite withRepositoryFrom(String property) {
        Settings s = settings;
        return new PackagedSuite(new Settings(s.takedownSla(), property, s.options(), s.demoRound(), s.precondition(),
                s.preconditionMissing()));
    }

    /** The same, with the demonstration round seeded into the fresh suite before the class's tests. */
    public PackagedSuite withDemoRound() {
        Settings s = settings;
        return new PackagedSuite(new Settings(s.takedownSla(), s.repositoryProperty(), s.options(), true,
                s.precondition(), s.preconditionMissing()));
    }

    /** The same, with the class skipped (and the suite not started) unless {@code condition} holds. */
    public PackagedSuite onlyIf(BooleanSupplier condition, String missing) {
        Settings s = settings;
        return new PackagedSuite(new Settings(s.takedownSla(), s.repositoryProperty(), s.options(), s.demoRound(),
                condition, missing));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(settings.precondition().getAsBoolean(), settings.preconditionMissing());
        String root = System.getProperty(settings.repositoryProperty(), System.getProperty("suite.root", ".."));
        Path repository = Path.of(root).toAbsolutePath().normalize();
        long started = System.nanoTime();
        Suite.Options options = Suite.Options.forTests(repository, settings.takedownSla(), PASSWORD,
                STORE_SECRET_PREFIX);
        suite = Suite.start(settings.options().apply(options));
        System.out.printf("E2E suite ready for %s in %d ms%n", context.getDisplayName(),
                (System.nanoTime() - started) / 1_000_000);
        if (settings.demoRound() && !new DemoData(gatewayUrl(), PASSWORD, STORE_SECRET_PREFIX)
                .seedIfEmpty()) {
            throw new IllegalStateException("The demonstration round found a fresh suite already seeded");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (suite != null) {
            suite.close();
            suite = null;
        }
    }

    /** The gateway's API; the address is read at each request, so a static field may hold it before the start. */
    public Gateway gateway() {
        return new Gateway(this::gatewayUrl);
    }

    public String gatewayUrl() {
        return running().gatewayUrl();
    }

    public DevStack stack() {
        return running().stack();
    }

    public List<ServiceProcess> services() {
        return running().services();
    }

    public ServiceProcess service(String name) {
        return running().service(name);
    }

    /** See {@link Suite#startAnotherInstance(String, Map)}. */
    public ServiceProcess startAnotherInstance(String name, Map<String, String> overrides) {
        return running().startAnotherInstance(name, overrides);
    }

    /** See {@link Suite#killAndRestart(String, Runnable)}. */
    public ServiceProcess killAndRestart(String name, Runnable whileDown) {
        return running().killAndRestart(name, whileDown);
    }

    private Suite running() {
        if (suite == null) {
            throw new IllegalStateException("The suite runs only between the class's first and last test");
        }
        return suite;
    }
}
