package org.appsupervision.portal;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, dates and times in the reader's language, for templates: {@code {count.fmt}}, {@code {day.fmt}}. */
@TemplateExtension
public final class Formats {

    /** Times are shown in China's time zone, where every reader of the portal works. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Formats() {
    }

    static String fmt(Number number, @TemplateAttribute("locale") Object locale) {
        return number == null ? "—" : NumberFormat.getNumberInstance(localeOf(locale)).format(number);
    }

    static String fmt(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "—" : date(date, localeOf(locale));
    }

    static String fmt(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(localeOf(locale)).format(instant.atZone(CHINA));
    }

    /** A date as the ministry's documents write it (2021年12月9日), whatever the reader's language. */
    public static String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String chineseDate(Instant instant) {
        return instant == null ? "" : chineseDate(instant.atZone(CHINA).toLocalDate());
    }

    /** A text encoded for a URL's query: {@code href="/x?return={path.urlEncode}"}. */
    static String urlEncode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A date in the reader's language, for Java code that builds texts. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static Locale localeOf(Object locale) {
        return locale instanceof Locale l ? l : PortalContext.CHINESE;
    }
}
