package org.appsupervision.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

/** The signing keys of a PKCS#12 key store (a Kubernetes Secret in production), one private key and chain per alias. */
public final class KeyStoreKeys {

    private final KeyStore store;
    private final char[] password;

    private KeyStoreKeys(KeyStore store, char[] password) {
        this.store = store;
        this.password = password;
    }

    /** Reads the key store; the password opens the store and its keys. */
    public static KeyStoreKeys load(Path file, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, secret);
            return new KeyStoreKeys(keyStore, secret);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key store " + file, e);
        }
    }

    /** The key under this alias with its certificate chain, or empty when the store has no private key for it. */
    public Optional<SigningKey> key(String alias) {
        try {
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                return Optional.empty();
            }
            Certificate[] chain = store.getCertificateChain(alias);
            return Optional.of(new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), false));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key " + alias, e);
        }
    }
}
