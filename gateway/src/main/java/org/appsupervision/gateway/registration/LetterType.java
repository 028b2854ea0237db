package org.appsupervision.gateway.registration;

import java.util.Optional;

/**
 * The kinds of file an authorisation letter may be, recognised by the first bytes of its content (never by the
 * declared type or the file name, which the sender chooses freely).
 */
public enum LetterType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    /** The most a letter may hold: 5 MiB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    LetterType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with, or empty. */
    public static Optional<LetterType> of(byte[] content) {
        for (LetterType type : values()) {
            if (content.length >= type.signature.length && startsWith(content, type.signature)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type of a stored media type. */
    public static LetterType ofMediaType(String mediaType) {
        for (LetterType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a letter type: " + mediaType);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
