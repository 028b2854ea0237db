package org.appsupervision.platform.openapi;

/**
 * What a successful call of an operation answers: its status, media type, an example body (null when none) and what
 * the answer is (null for the status's plain description: OK, Created ...).
 */
public record ApiAnswer(int status, String mediaType, String example, String description) {

    public ApiAnswer(int status, String mediaType, String example) {
        this(status, mediaType, example, null);
    }
}
