package org.appsupervision.notice.evidence;

/** The bytes of an evidence file and the type they were recognised as, for a download. */
public record EvidenceContent(String fileName, String mediaType, byte[] bytes) {
}
