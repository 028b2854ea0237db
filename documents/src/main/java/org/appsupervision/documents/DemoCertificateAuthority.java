package org.appsupervision.documents;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A demonstration certificate authority made in memory when no signing keys are configured (local run, tests,
 * benchmark): it issues each bureau an EC P-256 key whose certificate says DEMO. Never a production authority.
 */
public class DemoCertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    public DemoCertificateAuthority() {
        caKeys = ecKeys();
        X500Name ca = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, "Supervision chain DEMO").addRDN(BCStyle.CN, "演示根证书 DEMO CA - not for production")
                .build();
        caCertificate = certificate(ca, ca, caKeys.getPublic(), caKeys.getPrivate(), true);
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** A new key for the bureau, certified by this authority; the certificate's subject names the bureau. */
    public SigningKey issue(String provinceCode, String bureauName) {
        KeyPair keys = ecKeys();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, bureauName)
                .addRDN(BCStyle.OU, "DEMO " + provinceCode).addRDN(BCStyle.CN, bureauName + "（演示证书 DEMO）").build();
        X509Certificate certificate = certificate(X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
                subject, keys.getPublic(), caKeys.getPrivate(), false);
        return new SigningKey(keys.getPrivate(), List.of(certificate, caCertificate), true);
    }

    private static X509Certificate certificate(X500Name issuer, X500Name subject, PublicKey key, PrivateKey signer,
            boolean authority) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(96, RANDOM).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("Cannot make a demo certificate", e);
        }
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is missing from this JVM", e);
        }
    }
}
