package org.appsupervision.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

/** A bureau's signing key with its certificate and the chain up to its authority; {@code demo} when generated here. */
public record SigningKey(PrivateKey key, List<X509Certificate> chain, boolean demo) {

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's subject, as RFC 2253 text. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /** The SHA-256 of the certificate (DER), in hex: how the document names its signing certificate. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest the signing certificate", e);
        }
    }

    public String serial() {
        return certificate().getSerialNumber().toString(16);
    }
}
