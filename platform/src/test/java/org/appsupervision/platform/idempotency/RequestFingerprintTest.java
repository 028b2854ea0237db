package org.appsupervision.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final byte[] BODY = "packageName,appName\ncom.a,A\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheSha256OfMethodTargetPartsAndBody() throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("POST\0/api/x?batchId=1\0text/csv\0".getBytes(StandardCharsets.UTF_8));
        sha.update(BODY);
        String expected = HexFormat.of().formatHex(sha.digest());

        assertEquals(expected, RequestFingerprint.of("POST", "/api/x?batchId=1").part("text/csv").body(BODY).hex());
    }

    @Test
    void aStreamedBodyFingerprintsLikeTheSameBodyHeldWhole() throws IOException {
        RequestFingerprint streamed = RequestFingerprint.of("POST", "/api/x").part("text/csv");
        try (InputStream in = streamed.digesting(new ByteArrayInputStream(BODY))) {
            byte[] buffer = new byte[3];
            while (in.read(buffer) != -1) {
                // read in small pieces, as a stream arrives
            }
        }
        assertEquals(RequestFingerprint.of("POST", "/api/x").part("text/csv").body(BODY).hex(), streamed.hex());
    }

    @Test
    void anotherMethodTargetMediaTypeOrBodyIsAnotherFingerprint() {
        String base = RequestFingerprint.of("POST", "/api/x").part("text/csv").body(BODY).hex();
        assertNotEquals(base, RequestFingerprint.of("PUT", "/api/x").part("text/csv").body(BODY).hex());
        assertNotEquals(base, RequestFingerprint.of("POST", "/api/y").part("text/csv").body(BODY).hex());
        assertNotEquals(base, RequestFingerprint.of("POST", "/api/x").part("application/x-ndjson").body(BODY).hex());
        assertNotEquals(base, RequestFingerprint.of("POST", "/api/x").part("text/csv").body(new byte[] {1}).hex());
        // The parts are delimited: moving a character from the method to the target changes the fingerprint.
        assertNotEquals(RequestFingerprint.of("POS", "T/api").hex(), RequestFingerprint.of("POST", "/api").hex());
    }
}
