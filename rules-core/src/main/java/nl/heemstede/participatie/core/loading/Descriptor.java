package nl.heemstede.participatie.core.loading;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * The descriptor {@code beleid.properties} of a policy, read strictly: UTF-8 (a byte order mark is skipped), a
 * {@code name}, the dates {@code adoptedOn}, {@code validFrom} and {@code validUntil} as ISO dates
 * ({@code 2021-02-01}) with {@code validFrom} required and {@code validUntil} (open-ended when absent) not before
 * {@code validFrom}, optionally {@code succeededBy} (what succeeded the policy, for example {@code CVDR707400}), and no
 * control characters in any key or value (they would reach terminals and reports raw).
 */
record Descriptor(String name, LocalDate validFrom, Optional<LocalDate> validUntil, Optional<String> succeededBy) {

    /** The keys holding a date, when present. */
    static final List<String> DATE_KEYS = List.of("adoptedOn", "validFrom", "validUntil");

    /**
     * Reads and checks the descriptor.
     *
     * @param origin where the file comes from, for messages
     * @throws PolicyLoadException listing every problem, each naming the key, in Dutch
     */
    static Descriptor read(byte[] content, String origin) {
        String file = Policy.DESCRIPTOR + " (" + origin + ")";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused(file, List.of(file + " is geen UTF-8-tekst" + (PolicyFiles.isUtf16(content)
                    ? " maar UTF-16" : "") + "; sla het bestand op als UTF-8."));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw refused(file, List.of(file + " is geen geldig properties-bestand (" + e.getMessage() + ")."));
        }
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key);
            if (hasControl(key)) {
                problems.add(file + ": de sleutel '" + visible(key) + "' bevat een stuurteken; haal het weg.");
            } else if (hasControl(value)) {
                problems.add(file + ": de waarde van '" + key + "' bevat een stuurteken (" + visible(value)
                        + "); zulke tekens komen ongezien in rapporten en terminals. Haal het weg.");
            }
        }
        String name = properties.getProperty("name", "").strip();
        if (name.isEmpty()) {
            problems.add(file + ": de regel name=… met de naam van het beleid ontbreekt of is leeg.");
        }
        LocalDate[] dates = new LocalDate[DATE_KEYS.size()];
        for (int i = 0; i < DATE_KEYS.size(); i++) {
            String key = DATE_KEYS.get(i);
            String value = properties.getProperty(key);
            if (value == null || hasControl(value)) {
                continue;
            }
            try {
                dates[i] = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(file + ": " + key + "=" + value.strip() + " is geen datum; schrijf de datum als"
                        + " jjjj-mm-dd, bijvoorbeeld 2021-02-01.");
            }
        }
        LocalDate validFrom = dates[1];
        LocalDate validUntil = dates[2];
        if (properties.getProperty("validFrom") == null) {
            problems.add(file + ": de regel validFrom=… met de eerste dag dat het beleid geldt ontbreekt; schrijf"
                    + " bijvoorbeeld validFrom=2021-02-01.");
        }
        String succeededBy = properties.getProperty("succeededBy", "").strip();
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add(file + ": validUntil=" + validUntil + " ligt vóór validFrom=" + validFrom
                    + "; het beleid zou nooit gelden.");
        }
        if (!problems.isEmpty()) {
            throw refused(file, problems);
        }
        return new Descriptor(name, validFrom, Optional.ofNullable(validUntil),
                succeededBy.isEmpty() ? Optional.empty() : Optional.of(succeededBy));
    }

    private static PolicyLoadException refused(String file, List<String> problems) {
        return new PolicyLoadException("Het beschrijvingsbestand " + file + " is geweigerd: "
                + String.join(" ", problems), problems);
    }

    /** Whether the text holds a control character (C0, DEL, C1) or a bidirectional override. */
    static boolean hasControl(String text) {
        return text.codePoints().anyMatch(Descriptor::isControl);
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text with every control character written as {@code \\uXXXX}, at most 60 characters. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() <= 60 ? out.toString() : out.substring(0, 57) + "...";
    }
}
