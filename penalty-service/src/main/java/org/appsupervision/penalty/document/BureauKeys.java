package org.appsupervision.penalty.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appsupervision.documents.DemoCertificateAuthority;
import org.appsupervision.documents.KeyStoreKeys;
import org.appsupervision.documents.SigningKey;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
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
    private KeyStoreKeys store;
    private DemoCertificateAuthority demo;

    public BureauKeys(DocumentConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        if (config.keyStore().isPresent()) {
            store = KeyStoreKeys.load(config.keyStore().get(), config.keyStorePassword().orElse(null));
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
        return store.key(code).orElseThrow(() ->
                new ProblemException(ProblemTypes.UNAVAILABLE, "No signing key is configured for bureau " + code));
    }

    /** Whether the keys are demo keys (nothing configured). */
    public boolean demo() {
        return store == null;
    }
}
