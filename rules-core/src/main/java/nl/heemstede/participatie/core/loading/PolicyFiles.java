package nl.heemstede.participatie.core.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * The files of one policy, by file name, and the SHA-256 that ties an advice to exactly these files; beside them, when
 * the directory has one, the expected cases ({@value #CASES}), which test the policy but are not part of it: the
 * hash does not cover them, so adding a case does not change the version an advice names.
 */
public final class PolicyFiles {

    /** Where the bundled policy lives on the class path. */
    static final String BUNDLED_FOLDER = "nl/heemstede/participatie/beleid/";
    /** The rule set of the plan check (<em>Toets participatieplan</em>). */
    public static final String PLAN_RULES = "plantoets.drl";
    /** The rule set of the accountability review (<em>Verantwoording</em>). */
    public static final String REVIEW_RULES = "verantwoording.drl";
    /**
     * The files of the bundled policy. The policy version hashes all of them, so a plan check or review names the
     * exact rules that made its findings, as an advice names the exact tables.
     */
    static final List<String> BUNDLED_FILES = List.of("beleid.properties", "participatiebeleid.dmn", "rollen.drl",
            "aandachtspunten.drl", PLAN_RULES, REVIEW_RULES);

    /** The file of expected cases policy staff keep beside the tables. */
    public static final String CASES = "gevallen.yaml";
    /** The largest file of expected cases that is read. */
    public static final long MAX_CASES_BYTES = 1024 * 1024;

    private final Map<String, byte[]> files;
    private final String origin;
    private final byte[] cases;
    /** The SHA-256, made on first use: the files do not change. */
    private volatile String sha256;

    private PolicyFiles(Map<String, byte[]> files, String origin, byte[] cases) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.origin = origin;
        this.cases = cases == null ? null : cases.clone();
    }

    /** The policy bundled in this jar. */
    public static PolicyFiles bundled() {
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
        byte[] cases;
        try (InputStream in = loader.getResourceAsStream(BUNDLED_FOLDER + CASES)) {
            cases = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new PolicyLoadException("The bundled cases " + BUNDLED_FOLDER + CASES + " cannot be read: "
                    + e.getMessage(), e);
        }
        return new PolicyFiles(files, "classpath:" + BUNDLED_FOLDER, cases);
    }

    /** The largest descriptor accepted. */
    static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;

    /** How often a directory is read again when a file changed while it was read. */
    public static final int MAX_READS = 5;
    /** How long to wait before reading a changed directory again. */
    private static final long REREAD_PAUSE_MILLIS = 100;
    /** The extensions of code, refused in a policy directory in any case ({@code .DRL}, {@code .Jar}, ...). */
    private static final List<String> CODE_EXTENSIONS = List.of(".drl", ".java", ".class", ".jar");

    /**
     * The policy in a directory: its DMN file and descriptor, with the rule sets bundled in this jar (DRL is code
     * and is never loaded from outside). File names are compared without regard to case: {@code .DMN} is read as
     * {@code .dmn}, {@code BELEID.PROPERTIES} as the descriptor, and {@code .DRL} or {@code .JAR} are refused like
     * their lower-case names. Every file read must be a regular file (not a link, FIFO, device or directory). A
     * UTF-8 byte order mark is stripped; a file in UTF-16 is refused. The directory is read as one snapshot: when a
     * file changes while it is read, it is read again (at most {@value #MAX_READS} times), so a publish that is not
     * atomic is never loaded half old, half new. The DMN file is inspected before anything reads it as DMN, and the
     * descriptor is checked ({@link Descriptor}).
     *
     * @throws PolicyLoadException naming the file and what to fix, for every problem found
     */
    public static PolicyFiles fromDirectory(Path directory) {
        return fromDirectory(directory, () -> {
        });
    }

    /** {@link #fromDirectory(Path)}, running {@code betweenReads} between the readings (a test changes a file). */
    public static PolicyFiles fromDirectory(Path directory, Runnable betweenReads) {
        if (!Files.isDirectory(directory)) {
            throw new PolicyLoadException(directory + " is geen map; geef de map met het .dmn-bestand en "
                    + Policy.DESCRIPTOR + " van het beleid.");
        }
        Snapshot snapshot = Snapshot.read(directory);
        for (int read = 1; ; read++) {
            betweenReads.run();
            Snapshot again = Snapshot.read(directory);
            if (again.equals(snapshot)) {
                break;
            }
            if (read == MAX_READS) {
                throw new PolicyLoadException("De beleidsmap " + directory + " veranderde elke keer terwijl ze"
                        + " gelezen werd (" + MAX_READS + " keer); publiceer een nieuwe versie in één stap, door een"
                        + " nieuwe map op haar plaats te hernoemen of een symbolische koppeling om te zetten.");
            }
            try {
                Thread.sleep(REREAD_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PolicyLoadException("Het lezen van " + directory + " is onderbroken.", e);
            }
            snapshot = Snapshot.read(directory);
        }
        Map<String, byte[]> files = new TreeMap<>();
        String dmnName = snapshot.dmnName();
        byte[] dmn = withoutUtf8Bom(snapshot.content(dmnName));
        byte[] descriptor = withoutUtf8Bom(snapshot.content(snapshot.descriptorName()));
        if (isUtf16(dmn)) {
            throw new PolicyLoadException("Het beleidsbestand " + dmnName + " is geweigerd: het is opgeslagen in"
                    + " UTF-16; sla het op als UTF-8.", List.of(dmnName + ": het bestand is opgeslagen in UTF-16;"
                    + " sla het op als UTF-8."));
        }
        files.put(dmnName, dmn);
        files.put(Policy.DESCRIPTOR, descriptor);
        Descriptor.read(descriptor, directory.toString());
        PolicyInspector.inspect(dmnName, dmn);
        PolicyFiles bundled = bundled();
        for (String name : bundled.names()) {
            if (name.endsWith(".drl")) {
                files.put(name, bundled.content(name));
            }
        }
        byte[] cases = snapshot.casesName() == null ? null : withoutUtf8Bom(snapshot.content(snapshot.casesName()));
        if (cases != null && isUtf16(cases)) {
            throw new PolicyLoadException("De gevallen in " + snapshot.casesName() + " zijn geweigerd: het bestand is"
                    + " opgeslagen in UTF-16; sla het op als UTF-8.", List.of(snapshot.casesName() + ": het bestand is"
                    + " opgeslagen in UTF-16; sla het op als UTF-8."));
        }
        return new PolicyFiles(files, directory.toString(), cases);
    }

    /** The content without a leading UTF-8 byte order mark. */
    static byte[] withoutUtf8Bom(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }

    /** Whether the content starts as UTF-16 text: a UTF-16 byte order mark, or {@code <} next to a zero byte. */
    static boolean isUtf16(byte[] content) {
        if (content.length < 2) {
            return false;
        }
        int first = content[0] & 0xFF;
        int second = content[1] & 0xFF;
        return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) || (first == 0 && second != 0)
                || (first != 0 && second == 0);
    }

    /**
     * What one reading of a policy directory found: the files it reads (the DMN file and the descriptor) with
     * their content, and size, time and identity of every entry, so that two readings can be compared.
     */
    private record Snapshot(String dmnName, String descriptorName, String casesName, Map<String, String> entries,
                            Map<String, byte[]> contents) {

        static Snapshot read(Path directory) {
            List<String> problems = new ArrayList<>();
            List<Path> dmn = new ArrayList<>();
            List<Path> descriptors = new ArrayList<>();
            List<Path> cases = new ArrayList<>();
            Map<String, String> entries = new TreeMap<>();
            try (Stream<Path> listed = Files.list(directory)) {
                for (Path entry : listed.sorted().toList()) {
                    String name = entry.getFileName().toString();
                    String lower = name.toLowerCase(Locale.ROOT);
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    boolean isCases = lower.equals(CASES);
                    boolean read = lower.endsWith(".dmn") || lower.equals(Policy.DESCRIPTOR) || isCases;
                    // every name counts (a file added meanwhile), but only the files read by what they hold: a log
                    // file written beside the policy does not make it unreadable
                    entries.put(name, !read ? "" : attributes.size() + "|" + attributes.lastModifiedTime().toMillis()
                            + "|" + attributes.fileKey());
                    if (attributes.isSymbolicLink()) {
                        problems.add(name + " is een symbolische koppeling; zet het bestand zelf in de beleidsmap"
                                + " (de map zelf mag wel een koppeling zijn).");
                    } else if (lower.equals("gevallen.yml")) {
                        problems.add(name + ": de verwachte gevallen heten " + CASES + "; hernoem het bestand, anders"
                                + " worden ze niet gelezen.");
                    } else if (CODE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
                        problems.add(name + ": een beleidsmap bevat alleen DMN; regels in DRL zijn code en zitten in"
                                + " de bibliotheek. Haal het bestand weg.");
                    } else if (read && !attributes.isRegularFile()) {
                        problems.add(name + " is geen gewoon bestand (maar een "
                                + (attributes.isDirectory() ? "map" : "apparaat, pijp of ander bijzonder bestand")
                                + "); het wordt niet gelezen. Zet er een gewoon bestand neer.");
                    } else if (lower.endsWith(".dmn")) {
                        dmn.add(entry);
                    } else if (isCases) {
                        cases.add(entry);
                    } else if (read) {
                        descriptors.add(entry);
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new PolicyLoadException(directory + " kan niet gelezen worden: " + e.getMessage(), e);
            }
            if (dmn.size() != 1 && problems.isEmpty()) {
                problems.add(directory + " moet precies één .dmn-bestand bevatten; het zijn er " + dmn.size() + ".");
            }
            if (descriptors.size() > 1) {
                problems.add(directory + " bevat " + descriptors.size() + " beschrijvingsbestanden die alleen in"
                        + " hoofdletters verschillen (" + descriptors.stream().map(p -> p.getFileName().toString())
                        .toList() + "); laat er één staan: " + Policy.DESCRIPTOR + ".");
            } else if (descriptors.isEmpty() && problems.isEmpty()) {
                problems.add(directory + " heeft geen " + Policy.DESCRIPTOR + " (naam, vaststelling en geldigheid van"
                        + " het beleid).");
            }
            if (cases.size() > 1) {
                problems.add(directory + " bevat " + cases.size() + " bestanden met gevallen die alleen in hoofdletters"
                        + " verschillen (" + cases.stream().map(p -> p.getFileName().toString()).toList() + "); laat er"
                        + " één staan: " + CASES + ".");
            }
            if (!problems.isEmpty()) {
                throw new PolicyLoadException("De beleidsmap " + directory + " is geweigerd: "
                        + String.join(" ", problems), problems);
            }
            Map<String, byte[]> contents = new TreeMap<>();
            Path dmnFile = dmn.get(0);
            Path descriptor = descriptors.get(0);
            contents.put(dmnFile.getFileName().toString(), readFile(dmnFile, PolicyInspector.MAX_DMN_BYTES));
            contents.put(descriptor.getFileName().toString(), readFile(descriptor, MAX_DESCRIPTOR_BYTES));
            String casesName = null;
            if (!cases.isEmpty()) {
                casesName = cases.get(0).getFileName().toString();
                contents.put(casesName, readFile(cases.get(0), MAX_CASES_BYTES));
            }
            return new Snapshot(dmnFile.getFileName().toString(), descriptor.getFileName().toString(), casesName,
                    entries, contents);
        }

        public byte[] content(String name) {
            return contents.get(name);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Snapshot that) || !dmnName.equals(that.dmnName)
                    || !descriptorName.equals(that.descriptorName) || !java.util.Objects.equals(casesName,
                    that.casesName) || !entries.equals(that.entries)) {
                return false;
            }
            return contents.keySet().equals(that.contents.keySet()) && contents.keySet().stream()
                    .allMatch(name -> java.util.Arrays.equals(contents.get(name), that.contents.get(name)));
        }

        @Override
        public int hashCode() {
            return entries.hashCode();
        }
    }

    /**
     * The content of a regular file, at most {@code limit} bytes. Checked to be a regular file, not a link, right
     * before it is opened, and read with a bound whatever its size says.
     */
    private static byte[] readFile(Path file, long limit) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new PolicyLoadException(file.getFileName() + " is geen gewoon bestand; het wordt niet gelezen.");
            }
            if (attributes.size() > limit) {
                throw new PolicyLoadException(file.getFileName() + " is " + attributes.size() + " bytes; hoogstens "
                        + limit + " worden gelezen. Is het het goede bestand?");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] content = in.readNBytes((int) limit + 1);
                if (content.length > limit) {
                    throw new PolicyLoadException(file.getFileName() + " is groter dan " + limit + " bytes; hoogstens "
                            + limit + " worden gelezen. Is het het goede bestand?");
                }
                return content;
            }
        } catch (IOException e) {
            throw new PolicyLoadException(file + " kan niet gelezen worden: " + e.getMessage(), e);
        }
    }

    /** Policy files given in memory, for example read from a directory. */
    public static PolicyFiles of(Map<String, byte[]> files, String origin) {
        return new PolicyFiles(files, origin, null);
    }

    /** These files with the given expected cases beside them (the content of a {@value #CASES}). */
    public PolicyFiles withCases(byte[] content) {
        return new PolicyFiles(files, origin, content);
    }

    /** The content of the expected cases ({@value #CASES}), when the policy has them. */
    public java.util.Optional<byte[]> cases() {
        return java.util.Optional.ofNullable(cases).map(byte[]::clone);
    }

    /**
     * The SHA-256 of the policy and of its expected cases together: what must be checked again when either
     * changes, though only the policy's own hash ({@link #sha256()}) names the version.
     */
    public String checkedSha256() {
        if (cases == null) {
            return sha256();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(sha256().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(cases);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java platform must have.", e);
        }
    }

    /** The file names, sorted. */
    public Iterable<String> names() {
        return files.keySet();
    }

    /** The content of one file. */
    public byte[] content(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new PolicyLoadException("The policy at " + origin + " has no file " + name + ".");
        }
        return content;
    }

    /** The files whose name ends with the given extension, for example {@code .dmn}. */
    public Map<String, byte[]> withExtension(String extension) {
        Map<String, byte[]> found = new TreeMap<>();
        files.forEach((name, content) -> {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
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

    /** The SHA-256 of the rule sets the advice uses, as {@link RulePolicy#sha256()} of them, without compiling them. */
    public String adviceRulesSha256() {
        return RulePolicy.sha256Of(adviceRules());
    }

    /** Where the files came from, for messages. */
    public String origin() {
        return origin;
    }

    /** The SHA-256 over every file, in file-name order: name, a zero byte, content, a zero byte. */
    public String sha256() {
        String known = sha256;
        if (known == null) {
            known = digest();
            sha256 = known;
        }
        return known;
    }

    private String digest() {
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
