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

    interface Jwt {
        /** The {@code iss} of every token; the services check it. */
        @WithDefault("https://gateway.supervision.local")
        String issuer();

        /** PEM file (PKCS#8) of the RSA key that signs tokens. */
        String signingKeyLocation();

        /** How long a token lives. */
        @WithDefault("PT5M")
        Duration tokenLifetime();
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

        /** Time allowed to open a connection to a service. */
        @WithDefault("PT2S")
        Duration connectTimeout();
    }

    interface Demo {
        /** Creates the demonstration accounts and store clients at start-up; never in production. */
        @WithDefault("false")
        boolean enabled();

        /** Password of every demonstration account. */
        Optional<String> password();

        /** Prefix of the demonstration store clients' secrets (the secret is prefix-storecode). */
        Optional<String> storeSecretPrefix();

        @WithDefault("huawei,xiaomi,oppo,vivo,tencent,qihoo360,wandoujia,apple,baidu")
        List<String> stores();
    }
}
