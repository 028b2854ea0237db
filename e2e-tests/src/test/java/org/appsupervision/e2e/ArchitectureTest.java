package org.appsupervision.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules that matter, checked on the services' compiled classes. */
@AnalyzeClasses(packages = "org.appsupervision", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String INBOX_CONSUMER = "org.appsupervision.platform.inbox.InboxConsumer";

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositories = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("resources are thin: they call one service method");

    @ArchTest
    static final ArchRule eventsDependOnNoFramework = noClasses()
            .that().resideInAPackage("org.appsupervision.events..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.appsupervision.events..", "java..")
            .because("event contracts are plain Java records");

    @ArchTest
    static final ArchRule noticeServiceIsIndependent = noClasses()
            .that().resideInAPackage("org.appsupervision.notice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appsupervision.appstore..",
                    "org.appsupervision.penalty..", "org.appsupervision.gateway..");

    /**
     * notice-service's findings: the API reads and starts imports, an import feeds lines to the fast path, and
     * everything checks lines by the rules of finding.line; nothing below reaches back up.
     */
    @ArchTest
    static final ArchRule findingPackagesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("api").definedBy("org.appsupervision.notice.finding")
            .layer("importing").definedBy("org.appsupervision.notice.finding.importing..")
            .layer("fastpath").definedBy("org.appsupervision.notice.finding.fastpath..")
            .layer("line").definedBy("org.appsupervision.notice.finding.line..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("importing").mayOnlyBeAccessedByLayers("api")
            .whereLayer("fastpath").mayOnlyBeAccessedByLayers("importing")
            .whereLayer("line").mayOnlyBeAccessedByLayers("api", "importing", "fastpath")
            .because("the fast path and the line checks know nothing of jobs or the API, so they can be read and "
                    + "tested alone");

    @ArchTest
    static final ArchRule appstoreServiceIsIndependent = noClasses()
            .that().resideInAPackage("org.appsupervision.appstore..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appsupervision.notice..",
                    "org.appsupervision.penalty..", "org.appsupervision.gateway..");

    @ArchTest
    static final ArchRule penaltyServiceIsIndependent = noClasses()
            .that().resideInAPackage("org.appsupervision.penalty..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appsupervision.notice..",
                    "org.appsupervision.appstore..", "org.appsupervision.gateway..");

    @ArchTest
    static final ArchRule gatewayCoreDoesNotDependOnThePortal = noClasses()
            .that().resideInAPackage("org.appsupervision.gateway..")
            .and().resideOutsideOfPackage("org.appsupervision.gateway.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.appsupervision.portal..")
            .because("the portal module is served by the gateway's process, wired in gateway.portal only");

    @ArchTest
    static final ArchRule portalDoesNotDependOnTheGateway = noClasses()
            .that().resideInAPackage("org.appsupervision.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.appsupervision.gateway..")
            .because("the portal reads the gateway only through the interfaces of portal.host, which the gateway implements");

    /**
     * The portal calls the services through its typed REST clients ({@code portal.api}): no other class builds or
     * sends a request of its own. {@code ServiceClient} and {@code ServiceFiles} are the hand-rolled clients whose
     * last calls have not moved yet (issue 18); the file downloads read the {@code HttpResponse} ServiceFiles gives.
     */
    @ArchTest
    static final ArchRule portalCallsTheServicesThroughItsTypedClients = noClasses()
            .that().resideInAPackage("org.appsupervision.portal..")
            .and().resideOutsideOfPackage("org.appsupervision.portal.api..")
            .and().doNotHaveFullyQualifiedName("org.appsupervision.portal.ServiceClient")
            .and().doNotHaveFullyQualifiedName("org.appsupervision.portal.ServiceFiles")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("jakarta.ws.rs.client..",
                    "org.eclipse.microprofile.rest.client..", "io.quarkus.rest.client..")
                    .or(JavaClass.Predicates.simpleName("WebClient")).or(JavaClass.Predicates.simpleName("HttpClient"))
                    .or(JavaClass.Predicates.simpleName("HttpRequest")))
            .because("a page names what it asks of a service in a typed client interface, not in literal paths");

    @ArchTest
    static final ArchRule consumersAreNamedOneWay = methods()
            .that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
            .should().haveName("consume")
            .andShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("EventsConsumer")
            .andShould().beDeclaredInClassesThat().doNotHaveModifier(JavaModifier.ABSTRACT)
            .because("a service reads each topic in one <Topic>EventsConsumer whose method is consume; Quarkus "
                    + "ignores an @Incoming method a bean inherits (its channel is left with no downstream)");

    @ArchTest
    static final ArchRule consumersApplyThroughTheInbox = classes()
            .that().haveSimpleNameEndingWith("EventsConsumer")
            .should().beAssignableTo(INBOX_CONSUMER)
            .because("every consumer applies its events through platform's InboxConsumer (exactly once, parking "
                    + "what fails) and says only its handlers, channel and the parked reasons it applies again");

    @ArchTest
    static final ArchRule oneBureauScope = noClasses()
            .that().resideOutsideOfPackage("org.appsupervision.platform..")
            .should().haveSimpleName("BureauScope")
            .because("the bureau's province scope is read one way, by platform's BureauScope");
}
