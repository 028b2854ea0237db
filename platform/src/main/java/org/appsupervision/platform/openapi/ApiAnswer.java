package org.appsupervision.platform.openapi;

/** What a successful call of an operation answers: its status, media type and an example body (null when none). */
public record ApiAnswer(int status, String mediaType, String example) {
}
