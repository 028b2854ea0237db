package org.appsupervision.notice.complaint;

import java.util.Optional;

/** A screenshot's bytes and the image type its content shows (never the type a client claims). */
public record Screenshot(String mediaType, byte[] content) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The screenshot if the bytes begin as a PNG or JPEG file does; empty otherwise. */
    public static Optional<Screenshot> of(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of(new Screenshot("image/png", content));
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(new Screenshot("image/jpeg", content));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length + 4) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
