package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code pdfsig} (poppler-utils) on a file. Missing, it fails the test in CI (.ci/run installs it)
 * and skips it elsewhere with a loud message.
 */
final class PdfSig {

    private PdfSig() {
    }

    static String check(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            String message = "pdfsig is missing: apt-get install -y poppler-utils (the signed PDF test needs it)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            System.err.println("!!!!! SKIPPED: " + message + " !!!!!");
            Assumptions.abort(message);
        }
        Process process = new ProcessBuilder("/usr/bin/pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("pdfsig did not finish");
        }
        return out;
    }
}
