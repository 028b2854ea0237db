package org.appsupervision.notice.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Limits and periods of the public complaints: sizes, duplicates, caps per address and overall, retention. */
@ConfigMapping(prefix = "notice.complaints")
public interface ComplaintConfig {

    /**
     * The secret key of the HMAC-SHA256 under which client addresses are kept (never in clear). Absent: a random key
     * per process, logged as a warning (duplicates and caps per address then hold only until a restart).
     */
    Optional<String> addressKey();

    /** How long the same app and problem from the same address counts as a duplicate of the earlier complaint. */
    @WithDefault("PT24H")
    Duration duplicateWindow();

    /** How long contact data, the address hash and screenshots are kept after a complaint is received. */
    @WithDefault("P180D")
    Duration contactRetention();

    /** How often the retention job runs. */
    @WithDefault("1h")
    String erasureEvery();

    /** Complaints one address may file per hour (the gateway's limit per minute comes on top). */
    @WithDefault("10")
    int perAddressPerHour();

    /** Complaints everyone together may file per hour. */
    @WithDefault("2000")
    int perHour();

    /** Longest free-text description, in characters. */
    @WithDefault("2000")
    int maxDescriptionChars();

    /** Most screenshots per complaint. */
    @WithDefault("3")
    int maxScreenshots();

    /** Largest screenshot, in bytes (decoded). */
    @WithDefault("2097152")
    int maxScreenshotBytes();

    /** Largest request body of a complaint, in bytes (three screenshots in base64 and the text). */
    @WithDefault("9437184")
    long maxBodyBytes();
}
