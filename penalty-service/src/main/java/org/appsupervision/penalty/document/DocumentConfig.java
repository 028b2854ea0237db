package org.appsupervision.penalty.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the documents' font and the bureaus' signing keys come from, and how large an upload to verify may be. */
@ConfigMapping(prefix = "penalty.documents")
public interface DocumentConfig {

    /** A TrueType font (.ttf, or .ttc with {@link #fontName()}) with Chinese glyphs, embedded in every PDF. */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    Path font();

    /** The PostScript name of the font inside a .ttc collection. */
    @WithDefault("WenQuanYiZenHei")
    String fontName();

    /**
     * A PKCS#12 file with one private key and certificate chain per bureau, under the alias of its province code
     * ({@code 00} the ministry's bureau, {@code 11} Beijing ...). Absent: a demo authority is made at start.
     */
    Optional<Path> keyStore();

    /** The password of {@link #keyStore()} (and of its keys). */
    Optional<String> keyStorePassword();

    /** Largest PDF the public verification reads, in bytes. */
    @WithDefault("10485760")
    int maxVerificationBytes();
}
