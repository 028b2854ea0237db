package org.appsupervision.notice.publicnotice;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code pdfsig} (poppler-utils), a validator no part of the suite wrote. Missing, it fails the
 * test in CI (.ci/run installs it) and skips it elsewhere with a loud message.
 */
final class PdfSig {

    private PdfSig() {
    }

    static String check(byte[] pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            String message = "pdfsig is missing: apt-get install -y poppler-utils (the PDF signature tests need it)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            System.err.println("!!!!! SKIPPED: " + message + " !!!!!");
            Assumptions.abort(message);
        }
        Path file = Files.createTempFile("signed-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("pdfsig did not finish");
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
