package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages of rules-core depend on each other without a cycle: {@code core.loading} ← {@code core.review} ←
 * {@code core.advice} ← {@code core.cases} ← {@code core.check} ← {@code core}, and {@code staff} on {@code core}, never the other way
 * (STYLE.md: one package per concern, without the cycle). Read from the sources: every reference to a type of the
 * library by its qualified name, in an import or in code, comments and strings left out.
 */
class PackageCycleTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String LIBRARY = "nl.heemstede.participatie";
    /** A qualified name of the library's: its package is everything before the first capitalised part. */
    private static final Pattern REFERENCE = Pattern.compile("\\bnl\\.heemstede\\.participatie((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

    @Test
    void noPackageOfRulesCoreDependsOnItselfThroughAnother() {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.containsKey(LIBRARY + ".core.loading"), "the sources were read: " + graph.keySet());
        List<List<String>> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start).ifPresent(cycles::add);
        }
        assertEquals(List.of(), cycles, "package cycles; dependencies: " + graph);
    }

    @Test
    void noCorePackageDependsOnTheStaffTools() {
        Map<String, Set<String>> graph = packageGraph();
        graph.forEach((from, to) -> {
            if (from.equals(LIBRARY + ".core") || from.startsWith(LIBRARY + ".core.")) {
                assertTrue(to.stream().noneMatch(p -> p.startsWith(LIBRARY + ".staff")), from + " depends on " + to);
            }
        });
    }

    /** Every package of the sources with the other packages of the library it refers to. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(COMMENTS_AND_STRINGS.matcher(source).replaceAll(" "));
                while (reference.find()) {
                    String target = LIBRARY + reference.group(1);
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** A path from the package back to itself, if there is one. */
    private static Optional<List<String>> findCycle(Map<String, Set<String>> graph, String start) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return Optional.of(longer);
                }
                if (seen.add(next)) {
                    paths.push(longer);
                }
            }
        }
        return Optional.empty();
    }
}
