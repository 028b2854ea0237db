package org.appsupervision.notice.publicnotice;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.appsupervision.documents.DemoCertificateAuthority;
import org.appsupervision.documents.KeyStoreKeys;
import org.appsupervision.documents.SigningKey;
import org.jboss.logging.Logger;

/**
 * The key the ministry's bureau (工业和信息化部信息通信管理局) signs published notices with: alias {@code 00} of the
 * configured PKCS#12 key store (a Kubernetes Secret in production), or a demo authority's key, which the log says.
 */
@ApplicationScoped
public class MinistryKey {

    /** The ministry's bureau: the alias of its key, as in penalty-service's key store. */
    public static final String ALIAS = "00";
    public static final String BUREAU = "工业和信息化部信息通信管理局";
    private static final Logger LOG = Logger.getLogger(MinistryKey.class);
    private final NoticeDocumentConfig config;
    private SigningKey key;

    public MinistryKey(NoticeDocumentConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        key();
    }

    public synchronized SigningKey key() {
        if (key != null) {
            return key;
        }
        if (config.keyStore().isPresent()) {
            key = KeyStoreKeys.load(config.keyStore().get(), config.keyStorePassword().orElse(null)).key(ALIAS)
                    .orElseThrow(() -> new IllegalStateException("The signing key store " + config.keyStore().get()
                            + " has no key under the alias " + ALIAS + " (the ministry's bureau)"));
            LOG.infof("Published notices are signed with the ministry's key %s of %s", key.subject(),
                    config.keyStore().get());
        } else {
            DemoCertificateAuthority demo = new DemoCertificateAuthority();
            key = demo.issue(ALIAS, BUREAU);
            LOG.warnf("DEMO SIGNING KEY: no notice.documents.key-store is configured, so published notices' PDFs are "
                    + "signed with a key of a demo certificate authority made at this start (%s). PDFs signed so are "
                    + "not documents of the ministry.", demo.caCertificate().getSubjectX500Principal().getName());
        }
        return key;
    }
}
