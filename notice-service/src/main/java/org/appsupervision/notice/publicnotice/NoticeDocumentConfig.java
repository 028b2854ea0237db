package org.appsupervision.notice.publicnotice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the notice PDFs' font and the ministry's signing key come from, and how large an upload to verify may be. */
@ConfigMapping(prefix = "notice.documents")
public interface NoticeDocumentConfig {

    /** A TrueType font (.ttf, or .ttc with {@link #fontName()}) with Chinese glyphs, embedded in every PDF. */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    Path font();

    /** The PostScript name of the font inside a .ttc collection. */
    @WithDefault("WenQuanYiZenHei")
    String fontName();

    /**
     * A PKCS#12 file holding the ministry's bureau key under the alias {@code 00} (the scheme of penalty-service's
     * {@code penalty.documents.key-store}; the same file may serve both). Absent: a demo authority is made at start.
     */
    Optional<Path> keyStore();

    /** The password of {@link #keyStore()} (and of its keys). */
    Optional<String> keyStorePassword();

    /** Largest PDF the public verification reads, in bytes. */
    @WithDefault("10485760")
    int maxVerificationBytes();
}
