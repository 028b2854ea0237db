package org.appsupervision.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The AES-256 key with which appstore-service encrypts the stores' webhook secrets at rest, generated
 * once per data directory (so secrets saved in an earlier local run stay readable) and never committed.
 * It reaches the service as a configuration file readable by the owner only, not on the command line.
 */
public final class WebhookSecretKey {

    private WebhookSecretKey() {
    }

    /** The file {@code appstore-webhook.properties} in the directory that sets the key, written on first use. */
    public static Path ensure(Path dir) {
        Path file = dir.resolve("appstore-webhook.properties");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, "appstore.webhook.secret-key=" + Base64.getEncoder().encodeToString(key) + "\n",
                        StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook secret key could not be kept in " + dir, e);
        }
    }
}
