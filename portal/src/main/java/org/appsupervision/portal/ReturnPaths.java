package org.appsupervision.portal;

import java.net.URI;

/** Where the portal may send a reader back to: only a path of this site, never another host. */
public final class ReturnPaths {

    public static final String HOME = "/portal";

    private ReturnPaths() {
    }

    /** The path and query of a request URI. */
    static String of(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /**
     * The given return path if it is a local path ({@code /x}, not {@code //host} or {@code /\host}, no
     * scheme, no control characters), otherwise the portal's home.
     */
    public static String safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || candidate.charAt(0) != '/'
                || candidate.startsWith("//") || candidate.startsWith("/\\")) {
            return HOME;
        }
        for (char c : candidate.toCharArray()) {
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return HOME;
            }
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : HOME;
        } catch (java.net.URISyntaxException e) {
            return HOME;
        }
    }
}
