package org.appsupervision.e2e.hostile;

import java.util.Map;

/**
 * One hostile request: what is hostile in it, whether the API must refuse it (no 2xx and no write) or may accept
 * it (a control character, an empty optional value, an unknown field), the raw target, headers and body.
 */
public record Probe(String what, boolean mustRefuse, String target, Map<String, String> headers, byte[] body) {
}
