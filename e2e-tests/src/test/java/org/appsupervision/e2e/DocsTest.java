package org.appsupervision.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs that cannot drift: every file the root README's "Where to find" table names exists, and every event record is
 * listed in the events documentation (the events module's README and docs/architecture.md). Reads files only.
 */
class DocsTest {

    private static final Path ROOT = root();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TYPE_AND_MEMBER = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)");
    private static final Pattern FILE_NAME = Pattern.compile(".+\\.(java|sql|html|properties|jsonl|json|md|yml|yaml)");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    /** Code in the table that names no file: a configuration key. */
    private static final Set<String> NOT_FILES = Set.of("quarkus.management.*");
    private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".devstack");
    private static final List<Path> FILES = sources();

    @Test
    void everyFileOfTheWhereToFindTableExists() throws IOException {
        List<String> rows = whereToFindRows();
        assertTrue(rows.size() > 30, "the table was found: " + rows.size() + " rows");
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            String cell = row.substring(row.indexOf('|', 1) + 1);
            String module = null;
            Matcher code = CODE.matcher(cell);
            while (code.find()) {
                String reference = code.group(1);
                if (NOT_FILES.contains(reference)) {
                    continue;
                }
                if (!reference.startsWith(".../") && reference.contains("/") && isModule(reference.split("/")[0])) {
                    module = reference.split("/")[0];
                }
                if (!resolves(reference, module)) {
                    missing.add(reference + "  (row: " + row.strip() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "paths of the README's \"Where to find\" table that do not exist");
    }

    @Test
    void everyEventRecordIsListedInTheEventsDocumentation() throws IOException {
        List<String> events = eventRecords();
        assertTrue(events.size() >= 12, "event records found: " + events);
        for (Path doc : List.of(ROOT.resolve("events/README.md"), ROOT.resolve("docs/architecture.md"))) {
            String text = Files.readString(doc);
            List<String> unlisted = events.stream().filter(event -> !text.contains("`" + event + "`")).toList();
            assertEquals(List.of(), unlisted, "event records not listed in " + ROOT.relativize(doc));
        }
    }

    /** The table's rows below its header, each {@code | concept | files |}. */
    private static List<String> whereToFindRows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int heading = lines.indexOf("## Where to find");
        assertTrue(heading >= 0, "README.md has a \"## Where to find\" section");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("|") && !line.startsWith("| concept") && !line.startsWith("|---")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /**
     * Whether a reference names something that exists: a path from the root; {@code module/.../tail} found under the
     * module; a bare {@code tail} (a file, {@code Class.member} or a class name) found under the module of the cell's
     * last path, or anywhere when the cell named none.
     */
    private static boolean resolves(String reference, String module) throws IOException {
        if (Files.exists(ROOT.resolve(reference))) {
            return !reference.isBlank();
        }
        int ellipsis = reference.indexOf("/.../");
        if (ellipsis > 0) {
            return found(ROOT.resolve(reference.substring(0, ellipsis)), reference.substring(ellipsis + 5), null);
        }
        Path under = module == null ? ROOT : ROOT.resolve(module);
        Matcher member = TYPE_AND_MEMBER.matcher(reference);
        if (member.matches() && !FILE_NAME.matcher(reference).matches()) {
            return found(under, member.group(1) + ".java", member.group(2));
        }
        if (CLASS_NAME.matcher(reference).matches()) {
            return found(under, reference + ".java", null) || found(ROOT, reference + ".java", null);
        }
        return found(under, reference, null);
    }

    /** Whether a file or folder whose path ends with {@code tail} exists under {@code dir} (and contains {@code text}). */
    private static boolean found(Path dir, String tail, String text) {
        String suffix = "/" + (tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail);
        return FILES.stream().filter(path -> path.startsWith(dir) && path.toString().endsWith(suffix))
                .anyMatch(path -> text == null || contains(path, text));
    }

    /** Every file and folder of the suite's sources, without build output and local state. */
    private static List<Path> sources() {
        List<Path> paths = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (SKIPPED.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    paths.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    paths.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isModule(String name) {
        return Files.exists(ROOT.resolve(name).resolve("pom.xml")) || name.equals("deploy") || name.equals("docs");
    }

    /** The records of the events package (every event is one, named after its type). */
    private static List<String> eventRecords() throws IOException {
        Path events = ROOT.resolve("events/src/main/java/org/appsupervision/events");
        try (Stream<Path> files = Files.list(events)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> contains(file, "public record " + name(file) + "("))
                    .map(DocsTest::name).sorted().toList();
        }
    }

    private static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("events")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the suite's root folder (README.md beside events/) was not found");
        }
        return dir;
    }
}
