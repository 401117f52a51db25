package nl.heemstede.participatie.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * The files of one policy, by file name, and the SHA-256 that ties an advice to exactly these files.
 */
final class PolicyFiles {

    /** Where the bundled policy lives on the class path. */
    static final String BUNDLED_FOLDER = "nl/heemstede/participatie/beleid/";
    /** The rule set of the plan check (<em>Toets participatieplan</em>). */
    static final String PLAN_RULES = "plantoets.drl";
    /** The rule set of the accountability review (<em>Verantwoording</em>). */
    static final String REVIEW_RULES = "verantwoording.drl";
    /**
     * The files of the bundled policy. The policy version hashes all of them, so a plan check or review names the
     * exact rules that made its findings, as an advice names the exact tables.
     */
    static final List<String> BUNDLED_FILES = List.of("beleid.properties", "participatiebeleid.dmn", "rollen.drl",
            "aandachtspunten.drl", PLAN_RULES, REVIEW_RULES);

    private final Map<String, byte[]> files;
    private final String origin;

    private PolicyFiles(Map<String, byte[]> files, String origin) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.origin = origin;
    }

    /** The policy bundled in this jar. */
    static PolicyFiles bundled() {
        Map<String, byte[]> files = new TreeMap<>();
        ClassLoader loader = PolicyFiles.class.getClassLoader();
        for (String name : BUNDLED_FILES) {
            try (InputStream in = loader.getResourceAsStream(BUNDLED_FOLDER + name)) {
                if (in == null) {
                    throw new PolicyLoadException("The bundled policy file " + BUNDLED_FOLDER + name
                            + " is missing from the class path; the rules-core jar is incomplete.");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new PolicyLoadException("The bundled policy file " + BUNDLED_FOLDER + name
                        + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new PolicyFiles(files, "classpath:" + BUNDLED_FOLDER);
    }

    /** The largest descriptor accepted. */
    static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;

    /**
     * The policy in a directory: its DMN file and descriptor, with the rule sets bundled in this jar (DRL is code
     * and is never loaded from outside). The DMN file is inspected before anything reads it as DMN.
     *
     * @throws PolicyLoadException naming the file and what to fix, for every problem found
     */
    static PolicyFiles fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PolicyLoadException(directory + " is geen map; geef de map met het .dmn-bestand en "
                    + Policy.DESCRIPTOR + " van het beleid.");
        }
        List<String> problems = new ArrayList<>();
        List<Path> dmn = new ArrayList<>();
        Path descriptor = null;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (Files.isSymbolicLink(entry)) {
                    problems.add(name + " is een symbolische koppeling; zet het bestand zelf in de beleidsmap.");
                } else if (name.endsWith(".drl") || name.endsWith(".java") || name.endsWith(".class")
                        || name.endsWith(".jar")) {
                    problems.add(name + ": een beleidsmap bevat alleen DMN; regels in DRL zijn code en zitten in de"
                            + " bibliotheek. Haal het bestand weg.");
                } else if (name.endsWith(".dmn") && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    dmn.add(entry);
                } else if (name.equals(Policy.DESCRIPTOR)) {
                    descriptor = entry;
                }
            }
        } catch (IOException e) {
            throw new PolicyLoadException(directory + " cannot be listed: " + e.getMessage(), e);
        }
        if (dmn.size() != 1) {
            problems.add(directory + " moet precies één .dmn-bestand bevatten; het zijn er " + dmn.size() + ".");
        }
        if (descriptor == null) {
            problems.add(directory + " heeft geen " + Policy.DESCRIPTOR + " (naam, vaststelling en geldigheid van"
                    + " het beleid).");
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException("De beleidsmap " + directory + " is geweigerd: "
                    + String.join(" ", problems), problems);
        }
        Map<String, byte[]> files = new TreeMap<>();
        Path dmnFile = dmn.get(0);
        files.put(dmnFile.getFileName().toString(), read(dmnFile, PolicyInspector.MAX_DMN_BYTES));
        files.put(Policy.DESCRIPTOR, read(descriptor, MAX_DESCRIPTOR_BYTES));
        PolicyInspector.inspect(dmnFile.getFileName().toString(), files.get(dmnFile.getFileName().toString()));
        PolicyFiles bundled = bundled();
        for (String name : bundled.names()) {
            if (name.endsWith(".drl")) {
                files.put(name, bundled.content(name));
            }
        }
        return new PolicyFiles(files, directory.toString());
    }

    private static byte[] read(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new PolicyLoadException(file.getFileName() + " is " + size + " bytes; hoogstens " + limit
                        + " worden gelezen. Is het het goede bestand?");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyLoadException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Policy files given in memory, for example read from a directory. */
    static PolicyFiles of(Map<String, byte[]> files, String origin) {
        return new PolicyFiles(files, origin);
    }

    /** The file names, sorted. */
    Iterable<String> names() {
        return files.keySet();
    }

    /** The content of one file. */
    byte[] content(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new PolicyLoadException("The policy at " + origin + " has no file " + name + ".");
        }
        return content;
    }

    /** The files whose name ends with the given extension, for example {@code .dmn}. */
    Map<String, byte[]> withExtension(String extension) {
        Map<String, byte[]> found = new TreeMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(extension)) {
                found.put(name, content);
            }
        });
        return found;
    }

    /** The rule sets the advice uses: every DRL file but those of the plan check and the review. */
    Map<String, byte[]> adviceRules() {
        Map<String, byte[]> rules = withExtension(".drl");
        rules.remove(PLAN_RULES);
        rules.remove(REVIEW_RULES);
        return rules;
    }

    /** Where the files came from, for messages. */
    String origin() {
        return origin;
    }

    /** The SHA-256 over every file, in file-name order: name, a zero byte, content, a zero byte. */
    String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java platform must have.", e);
        }
    }
}
