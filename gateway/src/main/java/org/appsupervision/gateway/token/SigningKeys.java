package org.appsupervision.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appsupervision.gateway.GatewayConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The gateway's key ring, read from PEM files (Kubernetes Secrets in production): the one RSA key
 * that signs, and further public keys that are published and accepted but do not sign (the next
 * key before a rotation, the previous one after it). Every {@code kid} is the RFC 7638 thumbprint.
 */
@ApplicationScoped
public class SigningKeys {

    /** A public key with its JWK form. */
    public record PublicKey(String kid, RSAPublicKey key, Map<String, Object> jwk) {
    }

    private final RSAPrivateCrtKey privateKey;
    private final PublicKey current;
    private final List<PublicKey> others;

    public SigningKeys(GatewayConfig config) {
        this.privateKey = PemKeys.privateKey(Path.of(config.jwt().signingKeyLocation()));
        this.current = describe(PemKeys.publicOf(privateKey));
        List<PublicKey> more = new ArrayList<>();
        for (String location : config.jwt().publishedKeyLocations().orElse(List.of())) {
            PublicKey key = describe(PemKeys.publicKey(Path.of(location)));
            if (!key.kid().equals(current.kid()) && more.stream().noneMatch(k -> k.kid().equals(key.kid()))) {
                more.add(key);
            }
        }
        this.others = List.copyOf(more);
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return current.kid();
    }

    public PublicKey current() {
        return current;
    }

    /** Keys that do not sign but are published and accepted. */
    public List<PublicKey> others() {
        return others;
    }

    /** Every key whose tokens the gateway accepts, the signing key first. */
    public List<PublicKey> all() {
        List<PublicKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(others);
        return all;
    }

    private static PublicKey describe(RSAPublicKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        return new PublicKey(jwk.getKeyId(), key, jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }
}
