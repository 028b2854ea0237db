package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code pdfsig} (poppler-utils), a signature validator no part of the suite wrote, for the signed
 * PDF tests of every module. Missing, it fails the test when {@code CI} is set ({@code .ci/run} installs it) and
 * aborts it elsewhere with a loud message.
 */
public final class PdfSig {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private PdfSig() {
    }

    /** What pdfsig prints about the signatures of this PDF. */
    public static String check(byte[] pdf) throws IOException, InterruptedException {
        requirePdfsig();
        Path file = Files.createTempFile("signed-", ".pdf");
        try {
            Files.write(file, pdf);
            return run(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What pdfsig prints about the signatures of the PDF in this file. */
    public static String check(Path pdf) throws IOException, InterruptedException {
        requirePdfsig();
        return run(pdf);
    }

    private static void requirePdfsig() {
        if (!Files.isExecutable(PDFSIG)) {
            String message = "pdfsig is missing: apt-get install -y poppler-utils (the signed PDF tests need it)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            System.err.println("!!!!! SKIPPED: " + message + " !!!!!");
            Assumptions.abort(message);
        }
    }

    private static String run(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("pdfsig did not finish");
        }
        return out;
    }
}
