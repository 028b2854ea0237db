package org.appsupervision.deploy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Finds and runs the command-line tools the checks need (kustomize or kubectl, node, npm). */
final class Tools {

    private Tools() {
    }

    static Optional<String> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code java} launcher of at least the given feature release: this JVM's if it is recent enough,
     * else {@code JAVA_HOME_<n>} or the newest JDK under /usr/lib/jvm.
     */
    static String java(int release) {
        if (Runtime.version().feature() >= release) {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
        String fromEnv = System.getenv("JAVA_HOME_" + release);
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv, "bin", "java"))) {
            return Path.of(fromEnv, "bin", "java").toString();
        }
        try (var jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> featureOf(jdk) >= release)
                    .max(java.util.Comparator.comparingInt(Tools::featureOf))
                    .map(jdk -> jdk.resolve("bin/java").toString())
                    .orElseThrow(() -> new IllegalStateException("No JDK " + release + "+ found (set JAVA_HOME_" + release
                            + " or install one under /usr/lib/jvm); Strimzi's CRD generator needs it"));
        } catch (IOException e) {
            throw new IllegalStateException("No JDK " + release + "+ found: " + e.getMessage(), e);
        }
    }

    private static int featureOf(Path jdk) {
        try {
            if (!Files.isExecutable(jdk.resolve("bin/java"))) {
                return 0;
            }
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    static String require(String program, String why) {
        return find(program).orElseThrow(() -> new IllegalStateException(program + " is not on the PATH; it is needed " + why));
    }

    /** Runs a command, feeding it {@code stdin} if given, and returns its standard output; fails on a non-zero exit. */
    static String run(List<String> command, String stdin) {
        Result result = runAllowingFailure(command, stdin, null);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + result.exitCode()
                    + ":\n" + result.stderr() + result.stdout());
        }
        return result.stdout();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result runAllowingFailure(List<String> command, String stdin, Path workDir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            int code = process.waitFor();
            return new Result(code, out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
