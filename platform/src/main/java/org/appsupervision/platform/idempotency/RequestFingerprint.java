package org.appsupervision.platform.idempotency;

import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request that carries an {@code Idempotency-Key}: SHA-256 over its method, its target (path
 * and query), its media type and its body, each part ended by a NUL byte. A streamed body is hashed while it is
 * read ({@link #digesting}), never buffered whole.
 */
public final class RequestFingerprint {

    private final MessageDigest sha;

    private RequestFingerprint(MessageDigest sha) {
        this.sha = sha;
    }

    /** A fingerprint of a request with this method and target (the path, with the query if it has one). */
    public static RequestFingerprint of(String method, String target) {
        try {
            RequestFingerprint fingerprint = new RequestFingerprint(MessageDigest.getInstance("SHA-256"));
            return fingerprint.part(method).part(target);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of a request with this method to the target {@code uri} names (path and query as sent). */
    public static RequestFingerprint of(String method, UriInfo uri) {
        URI target = uri.getRequestUri();
        return of(method, target.getRawQuery() == null ? target.getRawPath()
                : target.getRawPath() + "?" + target.getRawQuery());
    }

    /** Adds a part that tells requests apart besides the body: the media type the body is read as. */
    public RequestFingerprint part(String text) {
        sha.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    /** Adds a body held whole (a small JSON body, as the service read it). */
    public RequestFingerprint body(byte[] body) {
        sha.update(body);
        return this;
    }

    /** The body as it streams: every byte read from the answer is added to the fingerprint. */
    public InputStream digesting(InputStream body) {
        return new DigestInputStream(body, sha);
    }

    /** The fingerprint as 64 hex digits; call once, after the whole body was read. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
