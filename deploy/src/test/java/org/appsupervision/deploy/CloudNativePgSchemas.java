package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks CloudNativePG objects with the JSON Schema validators of the npm package
 * {@code @kubernetes-models/cloudnative-pg} (generated from CloudNativePG's API types), run by Node.js:
 * types, enums and required fields. That package does not reject unknown fields.
 */
final class CloudNativePgSchemas {

    static final String GROUP = "postgresql.cnpg.io";
    private static final Path SOURCE = Overlay.DEPLOY_DIR.resolve("src/test/node");
    private static final Path WORK = Overlay.DEPLOY_DIR.resolve("target/cnpg-validator");
    private static boolean installed;

    private CloudNativePgSchemas() {
    }

    static boolean covers(JsonNode object) {
        return object.path("apiVersion").asText().startsWith(GROUP + "/");
    }

    static List<String> problems(List<? extends JsonNode> objects) {
        if (objects.isEmpty()) {
            return List.of();
        }
        install();
        String node = Tools.require("node", "to run the CloudNativePG schema validators");
        var result = Tools.runAllowingFailure(List.of(node, "validate-cnpg.mjs"), new ObjectMapper().valueToTree(objects).toString(), WORK);
        List<String> problems = new ArrayList<>();
        for (String line : result.stdout().split("\n")) {
            if (!line.isBlank()) {
                JsonNode problem = read(line);
                problems.add(problem.path("object").asText() + ": " + problem.path("problem").asText());
            }
        }
        if (result.exitCode() != 0 && problems.isEmpty()) {
            problems.add("the CloudNativePG validator failed: " + result.stderr());
        }
        return problems;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Files.createDirectories(WORK);
            for (String file : List.of("package.json", "package-lock.json", "validate-cnpg.mjs")) {
                Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isDirectory(WORK.resolve("node_modules/@kubernetes-models/cloudnative-pg"))) {
                String npm = Tools.require("npm", "to install the CloudNativePG schema validators");
                var result = Tools.runAllowingFailure(
                        List.of(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"), null, WORK);
                if (result.exitCode() != 0) {
                    throw new IllegalStateException("npm ci failed in " + WORK + ":\n" + result.stderr());
                }
            }
            installed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Unexpected validator output: " + line, e);
        }
    }
}
