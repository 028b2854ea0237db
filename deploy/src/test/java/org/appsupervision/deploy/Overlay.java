package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** One Kustomize overlay rendered by kustomize (standalone or inside kubectl), as the objects it would apply. */
public final class Overlay {

    static final Path DEPLOY_DIR = Path.of(System.getProperty("deploy.dir", "."));
    static final Path OVERLAYS = DEPLOY_DIR.resolve("kubernetes/overlays");
    static final ObjectMapper YAML = new YAMLMapper();

    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

    private final String name;
    private final List<ObjectNode> objects;

    private Overlay(String name, List<ObjectNode> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    /** The names of every overlay folder. */
    public static List<String> names() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Overlay named(String name) {
        return RENDERED.computeIfAbsent(name, n -> new Overlay(n, parse(render(OVERLAYS.resolve(n)))));
    }

    /** Renders a kustomization folder with the first of {@code kustomize} or {@code kubectl} found on the PATH. */
    public static String render(Path kustomization) {
        List<String> command = Tools.find("kustomize")
                .map(k -> List.of(k, "build", kustomization.toString()))
                .or(() -> Tools.find("kubectl").map(k -> List.of(k, "kustomize", kustomization.toString())))
                .orElseThrow(() -> new IllegalStateException(
                        "Neither kustomize nor kubectl is on the PATH: install kubectl (it embeds kustomize) to render the overlays"));
        return Tools.run(command, null);
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> result = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml.getBytes(StandardCharsets.UTF_8))) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode node = values.next();
                if (node instanceof ObjectNode object) {
                    result.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    public String name() {
        return name;
    }

    public List<ObjectNode> objects() {
        return objects;
    }

    public List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    public Optional<ObjectNode> find(String kind, String objectName) {
        return ofKind(kind).stream().filter(o -> objectName.equals(nameOf(o))).findFirst();
    }

    public static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    public static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + nameOf(object);
    }

    @Override
    public String toString() {
        return name;
    }
}
