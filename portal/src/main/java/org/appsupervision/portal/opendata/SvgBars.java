package org.appsupervision.portal.opendata;

import java.util.Map;

/**
 * A horizontal bar chart as inline SVG drawn on the server (no scripts, no external files): one bar per label with its
 * value written beside it, a title for screen readers, drawn at its own size and narrowed (never enlarged) to fit a phone; the page puts the same figures in a table under it.
 */
final class SvgBars {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR = 20;
    private static final int GAP = 6;

    private SvgBars() {
    }

    static String of(String title, Map<String, Long> bars) {
        long max = bars.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int height = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"bars\""
                + " viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" aria-labelledby=\"t-")
                .append(Math.abs(title.hashCode())).append("\"><title id=\"t-").append(Math.abs(title.hashCode()))
                .append("\">").append(escape(title)).append("</title>");
        int y = GAP;
        int room = WIDTH - LABEL - 80;
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            long width = max == 0 ? 0 : Math.max(1, bar.getValue() * room / max);
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + BAR - 6)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">").append(escape(bar.getKey()))
                    .append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR).append("\" fill=\"#1d4f91\"/><text x=\"")
                    .append(LABEL + width + 6).append("\" y=\"").append(y + BAR - 6)
                    .append("\" font-size=\"13\" fill=\"#1a1a1a\">").append(bar.getValue()).append("</text>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
