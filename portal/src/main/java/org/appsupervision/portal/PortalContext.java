package org.appsupervision.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.appsupervision.portal.host.PortalSession;

/**
 * What a portal page knows about its request: the viewer (if logged in), the reader's language and the
 * current path. The session filter fills it; templates read it as {@code inject:portal}.
 */
@Named("portal")
@RequestScoped
public class PortalContext {

    public static final String LANG_COOKIE = "lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh");

    private Viewer viewer;
    private Locale locale = CHINESE;
    private String path = "/";
    private PortalSession.Renewal renewed;

    void enter(Viewer viewer, String lang, String path, PortalSession.Renewal renewed) {
        this.viewer = viewer;
        this.locale = localeOf(lang);
        this.path = path;
        this.renewed = renewed;
    }

    /** The language asked for by the {@code lang} cookie: English if it says so, otherwise Chinese. */
    public static Locale localeOf(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : CHINESE;
    }

    /** Renders a page in the reader's language. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(locale);
    }

    public PortalMessages messages() {
        return MessageBundles.get(PortalMessages.class, Localized.Literal.of(english() ? "en" : "zh"));
    }

    public Viewer viewer() {
        return viewer;
    }

    public boolean loggedIn() {
        return viewer != null;
    }

    public boolean can(String role) {
        return viewer != null && viewer.has(role);
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return locale.equals(Locale.ENGLISH);
    }

    /** The {@code lang} attribute of the page's html element. */
    public String htmlLang() {
        return english() ? "en" : "zh-CN";
    }

    /** The language the switch offers. */
    public String otherLang() {
        return english() ? "zh" : "en";
    }

    /** The path and query of this page, to come back to after logging in or switching language. */
    public String path() {
        return path;
    }

    public List<Navigation.Link> navigation() {
        return Navigation.linksFor(viewer, messages(), path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
    }

    PortalSession.Renewal renewed() {
        return renewed;
    }
}
