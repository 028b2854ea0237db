package org.appsupervision.notice.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Keeps a client address only as HMAC-SHA256 under a configured secret, so that complaints from one address can be
 * told apart (duplicates, caps) without the address being stored or recoverable by guessing the few billion addresses.
 */
@ApplicationScoped
public class AddressHash {

    private static final Logger LOG = Logger.getLogger(AddressHash.class);

    private final SecretKeySpec key;

    public AddressHash(ComplaintConfig config) {
        byte[] secret;
        if (config.addressKey().isPresent() && !config.addressKey().get().isBlank()) {
            secret = config.addressKey().get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("notice.complaints.address-key is not set: client addresses of complaints are hashed under a "
                    + "random key of this process, so duplicates and caps per address hold only until a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The keyed hash of an address, in hex. */
    public String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
