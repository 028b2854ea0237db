package org.appsupervision.penalty.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Each bureau's signing key: from the configured PKCS#12 key store (a Kubernetes Secret in production), or, when
 * none is configured, from a demo certificate authority made at start, which the log says loudly.
 */
@ApplicationScoped
public class BureauKeys {

    private static final Logger LOG = Logger.getLogger(BureauKeys.class);
    private final DocumentConfig config;
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();
    private KeyStore store;
    private DemoCertificateAuthority demo;

    public BureauKeys(DocumentConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        if (config.keyStore().isPresent()) {
            store = load();
            LOG.infof("Documents are signed with the bureaus' keys of %s", config.keyStore().get());
        } else {
            demo = new DemoCertificateAuthority();
            LOG.warnf("DEMO SIGNING KEYS: no penalty.documents.key-store is configured, so documents are signed with "
                    + "keys of a demo certificate authority made at this start (%s). Documents signed so are not "
                    + "documents of any real bureau.", demo.caCertificate().getSubjectX500Principal().getName());
        }
    }

    /** The key the bureau of this province signs with; 503 when a configured key store has none for it. */
    public SigningKey of(String provinceCode, String bureauName) {
        return keys.computeIfAbsent(provinceCode, code -> store != null ? fromStore(code) : authority().issue(code, bureauName));
    }

    private synchronized DemoCertificateAuthority authority() {
        if (demo == null) {
            demo = new DemoCertificateAuthority();
        }
        return demo;
    }

    private SigningKey fromStore(String code) {
        try {
            char[] password = config.keyStorePassword().orElse("").toCharArray();
            if (!(store.getKey(code, password) instanceof PrivateKey key)) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "No signing key is configured for bureau " + code);
            }
            Certificate[] chain = store.getCertificateChain(code);
            return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key of bureau " + code, e);
        }
    }

    private KeyStore load() {
        try (InputStream in = Files.newInputStream(config.keyStore().get())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, config.keyStorePassword().orElse("").toCharArray());
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key store " + config.keyStore().get(), e);
        }
    }

    /** Whether the keys are demo keys (nothing configured). */
    public boolean demo() {
        return store == null;
    }
}
