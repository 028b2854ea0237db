package org.appsupervision.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.appsupervision.gateway.GatewayConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA key that signs the gateway's tokens, read from a PEM file (a Kubernetes Secret in
 * production), and its public half as a JWK whose {@code kid} is the RFC 7638 thumbprint.
 */
@ApplicationScoped
public class SigningKey {

    private final RSAPrivateCrtKey privateKey;
    private final RsaJsonWebKey publicJwk;

    public SigningKey(GatewayConfig config) {
        this.privateKey = read(Path.of(config.jwt().signingKeyLocation()));
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            this.publicJwk = new RsaJsonWebKey(publicKey);
            publicJwk.setAlgorithm("RS256");
            publicJwk.setUse("sig");
            publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public signing key", e);
        }
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return publicJwk.getKeyId();
    }

    /** The public key as JWK parameters, for the JWKS document. */
    public Map<String, Object> publicJwk() {
        return publicJwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static RSAPrivateCrtKey read(Path file) {
        try {
            String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Not a PKCS#8 RSA private key: " + file, e);
        }
    }
}
