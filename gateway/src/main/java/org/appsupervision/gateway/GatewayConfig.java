package org.appsupervision.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the gateway: token issuing, upstream services and demo data. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Jwt jwt();

    Routes routes();

    Demo demo();

    Bootstrap bootstrap();

    Lockout lockout();

    Clients clients();

    RateLimit rateLimit();

    interface Jwt {
        /** The {@code iss} of every token; the services check it. */
        @WithDefault("https://gateway.supervision.local")
        String issuer();

        /** PEM file (PKCS#8) of the RSA key that signs tokens. */
        String signingKeyLocation();

        /** How long a token lives. */
        @WithDefault("PT5M")
        Duration tokenLifetime();

        /**
         * PEM files (PKCS#8 private or X.509 public) of further keys that are published and accepted
         * but do not sign: the next key before a rotation, the previous one after it.
         */
        Optional<List<String>> publishedKeyLocations();

        /** Clock skew allowed when deciding that a retired key's last token has expired. */
        @WithDefault("PT1M")
        Duration clockSkew();
    }

    interface Routes {
        /** Base URL of notice-service. */
        @WithDefault("http://127.0.0.1:8081")
        String notice();

        /** Base URL of appstore-service. */
        @WithDefault("http://127.0.0.1:8082")
        String appstore();

        /** Base URL of penalty-service. */
        @WithDefault("http://127.0.0.1:8083")
        String penalty();

        /** Path prefixes routed to notice-service. */
        @WithDefault("/api/notices,/api/reference,/api/apps,/api/batches,/api/findings,/api/public,/api/stats,/api/timeline,/api/enterprise,/api/agency,/api/agencies,/api/rechecks,/api/dual-lists,/api/sdks,/api/admin/parked-events/notice-service,/api/audit-trail/notice-service,/api/public/open-data/notice-service,/api/admin/open-data/notice-service")
        List<String> noticePrefixes();

        /** Path prefixes routed to appstore-service. */
        @WithDefault("/api/store,/api/stores,/api/orders,/api/service-level,/api/enterprise-orders,/api/preinstallations,/api/admin/parked-events/appstore-service,/api/audit-trail/appstore-service,/api/public/open-data/appstore-service,/api/admin/open-data/appstore-service")
        List<String> appstorePrefixes();

        /** Path prefixes routed to penalty-service. */
        @WithDefault("/api/penalty,/public/penalty,/api/admin/parked-events/penalty-service,/api/audit-trail/penalty-service,/api/public/open-data/penalty-service,/api/admin/open-data/penalty-service")
        List<String> penaltyPrefixes();

        /** Time allowed to open a connection to a service. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Time a service may stay silent on a request before the gateway gives up. */
        @WithDefault("PT30S")
        Duration requestTimeout();

        /**
         * Largest request body of the JSON APIs routed to the services, in bytes. The gateway streams it on without
         * holding it; the largest legitimate one (a notice of 20,000 apps) is about 10 MB.
         */
        @WithDefault("20971520")
        long maxBodyBytes();

        /**
         * Largest request body of the gateway's own endpoints (admin API, portal forms), in bytes; the gateway reads
         * these whole, so this and the worker threads bound what it holds at once (README, "Body limits").
         */
        @WithDefault("262144")
        long maxGatewayBodyBytes();

        /**
         * Largest header block the services' HTTP layer accepts ({@code quarkus.http.limits.max-header-size} of each
         * service, 8K), in bytes: a request whose forwarded headers would be larger is refused here with a problem
         * and never passed on, since a service refuses it with a bare 431 and then closes the connection.
         */
        @WithDefault("8192")
        int maxHeaderBytes();

        /**
         * Largest body of the public verification page's upload ({@code POST /verify}): a PDF of at most 10 MiB that
         * penalty-service checks, and the multipart envelope around it.
         */
        @WithDefault("10551296")
        long maxVerificationBodyBytes();

        /**
         * Largest body of an enterprise's registration ({@code POST /auth/registrations} and the portal's
         * {@code POST /register}): an authorisation letter of at most 5 MiB and the multipart form around it.
         */
        @WithDefault("5767168")
        long maxRegistrationBodyBytes();

        /**
         * Largest body of the portal's public complaint form ({@code POST /complaints/new}): three screenshots of at
         * most 2 MiB each and the form around them. The API ({@code POST /api/public/complaints}) is streamed on to
         * notice-service, which takes at most 9 MiB (screenshots in base64).
         */
        @WithDefault("6815744")
        long maxComplaintFormBytes();

        /** Largest body of the credential endpoints: {@code /auth/*}, {@code /login}, {@code /logout}, {@code /oauth2/token}. */
        @WithDefault("16384")
        long maxCredentialsBodyBytes();

        /**
         * The upload routes, as {@code METHOD /path} with {@code *} for one path segment: findings imports (one step
         * and the file of a two-step import), the stores' proactive removals, and the portal's import form.
         */
        @WithDefault("POST /api/findings/imports,PUT /api/findings/imports/*/file,POST /api/store/proactive-removals,POST /portal/batches/*/imports")
        List<String> uploadRoutes();

        /** Media types an upload route streams; any other body on those routes is held to its ordinary limit. */
        @WithDefault("text/csv,application/x-ndjson,multipart/form-data")
        List<String> uploadMediaTypes();

        /** Largest upload body, in bytes (a million-line file is a few hundred MB); streamed, never held. */
        @WithDefault("2147483648")
        long maxUploadBytes();

        /**
         * Failed requests (out of the last {@code circuit-window}) that open a service's circuit. Only the service's
         * own failures count: refused or broken connections, timeouts, and answers of 502, 503 or 504; not a 500 or 4xx
         * that a client's input provoked, nor a request whose client stopped sending or sent too much.
         */
        @WithDefault("0.5")
        double circuitFailureRatio();

        @WithDefault("10")
        int circuitWindow();

        /** How long an open circuit refuses requests before trying the service again. */
        @WithDefault("PT5S")
        Duration circuitDelay();

        /** Extra attempts to connect for safe methods (GET, HEAD, OPTIONS) only. */
        @WithDefault("2")
        int safeMethodRetries();
    }

    interface Lockout {
        /** Consecutive failed logins that lock an account. */
        @WithDefault("5")
        int maxFailures();

        /** How long a locked account refuses every password. */
        @WithDefault("PT15M")
        Duration duration();
    }

    interface Clients {
        /** How long a store client's previous secret keeps working after a rotation. */
        @WithDefault("P1D")
        Duration rotationOverlap();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Login attempts per minute from one address. */
        @WithDefault("10")
        long loginPerAddress();

        /** Enterprise registrations ({@code POST /auth/registrations}, the portal's {@code POST /register}) per minute from one address. */
        @WithDefault("5")
        long registrationPerAddress();

        /**
         * Complaints from the public ({@code POST /api/public/complaints}, the portal's {@code POST /complaints/new})
         * per minute from one address; notice-service adds its own cap per hour.
         */
        @WithDefault("3")
        long complaintPerAddress();

        /** Complaints per minute from all addresses together (exact across replicas). */
        @WithDefault("120")
        long complaintsPerMinute();

        /** Token requests per minute from one address. */
        @WithDefault("20")
        long tokenPerAddress();

        /** Token requests per minute for one client id. */
        @WithDefault("10")
        long tokenPerClient();

        /** Other requests per minute from one address. */
        @WithDefault("600")
        long apiPerAddress();

        /** Other requests per minute for one authenticated subject (person or store client). */
        @WithDefault("300")
        long apiPerSubject();

        /**
         * Requests per minute from one address that carry no verified token (public notices, the Atom feed, the
         * public pages, public penalty decisions, and every other route reachable without logging in); on top of
         * {@code api-per-address}. Static assets are not counted.
         */
        @WithDefault("120")
        long anonymousPerAddress();

        /**
         * Client addresses no limit applies to: the local machine, where the launcher and the
         * end-to-end tests run. Behind an ingress every client has its forwarded address instead.
         */
        @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1")
        List<String> exemptAddresses();

        /**
         * Whether the limits on ordinary API traffic are shared by all replicas through PostgreSQL
         * (true) or kept per instance in memory (false, cheaper). Login and token limits are always shared.
         */
        @WithDefault("true")
        boolean sharedApiLimits();
    }

    /** The first admin of a fresh deployment, read from a mounted secret (see BootstrapAdmin). */
    interface Bootstrap {
        /** Username of the admin to create when no enabled admin exists. */
        Optional<String> adminUsername();

        /** File holding that admin's password (a Kubernetes Secret mounted read-only). */
        Optional<String> adminPasswordFile();
    }

    interface Demo {
        /** Creates the demonstration accounts and store clients at start-up; never in production. */
        @WithDefault("false")
        boolean enabled();

        /** Password of every demonstration account. */
        Optional<String> password();

        /** Prefix of the demonstration store clients' secrets (the secret is prefix-storecode). */
        Optional<String> storeSecretPrefix();

        @WithDefault("huawei,xiaomi,oppo,vivo,tencent,qihoo360,wandoujia,apple,baidu,honor,xiaomi-phone")
        List<String> stores();
    }
}
