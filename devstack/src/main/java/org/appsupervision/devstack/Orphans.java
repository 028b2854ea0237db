package org.appsupervision.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards against orphans when this JVM dies without running its shutdown hooks (kill -9): a tiny
 * shell process waits for this JVM to end, then stops the given process and optionally removes a
 * temporary folder. Java children do not need it: they watch their parent themselves.
 */
final class Orphans {

    private static final String SCRIPT = """
            trap '' INT HUP
            while kill -0 "$0" 2>/dev/null; do sleep 1; done
            kill -INT "$1" 2>/dev/null
            if [ -n "$2" ]; then
              n=0
              while kill -0 "$1" 2>/dev/null && [ $n -lt 30 ]; do sleep 1; n=$((n+1)); done
              rm -rf "$2"
            fi
            """;

    private Orphans() {
    }

    /** Starts a guard that interrupts {@code pid} (and removes {@code tempDir}, if given) once this JVM ends. */
    static Process guard(long pid, Path tempDir) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", SCRIPT,
                Long.toString(ProcessHandle.current().pid()), Long.toString(pid),
                tempDir == null ? "" : tempDir.toString()));
        try {
            return new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the orphan guard", e);
        }
    }
}
