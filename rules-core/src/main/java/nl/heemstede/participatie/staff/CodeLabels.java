package nl.heemstede.participatie.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Labelled;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;

/**
 * The Dutch labels of the codes in the decision tables, and a table cell as people read it.
 *
 * <p>A code is looked up in the enum of its column's item definition ({@code tBeslisser} → {@link Decider}, and so
 * on); for a type this class does not know, among all the policy's enums in a fixed order. Some codes occur in more
 * than one enum with a different label ({@code COLLEGE} is "college" as a {@link Decider} and "college van
 * burgemeester en wethouders" as a {@link CompetentBody}), which is why the type comes first.
 *
 * @since 0.2
 */
public final class CodeLabels {

    /** The enums of the bundled policy's item definitions, by type name. */
    private static final Map<String, Class<? extends Enum<?>>> BY_TYPE = Map.ofEntries(
            Map.entry("tInitiatiefnemer", Initiator.class),
            Map.entry("tBevoegdOrgaan", CompetentBody.class),
            Map.entry("tRuimte", RoomLevel.class),
            Map.entry("tSoortBelanghebbende", StakeholderKind.class),
            Map.entry("tBeslisser", Decider.class),
            Map.entry("tBeslisserOfGeen", Decider.class),
            Map.entry("tComplexiteit", Complexity.class),
            Map.entry("tWerkwijze", Route.class),
            Map.entry("tQuickscanOpbrengst", QuickscanDeliverable.class),
            Map.entry("tStap", Step.class),
            Map.entry("tDoel", Goal.class),
            Map.entry("tRolBelanghebbende", Role.class),
            Map.entry("tRolGemeente", GovernmentRole.class));

    /** Every enum with codes, in the order a code of an unknown type is looked up. */
    private static final List<Class<? extends Enum<?>>> ALL = List.of(Decider.class, Complexity.class, Route.class,
            RoomLevel.class, Goal.class, Role.class, GovernmentRole.class, Step.class, QuickscanDeliverable.class,
            Initiator.class, CompetentBody.class, StakeholderKind.class);

    private static final String STRING = "\"[^\"\\\\]*\"";
    /** One or more FEEL string literals separated by commas: a list of codes in a unary test. */
    private static final Pattern STRINGS = Pattern.compile("\\s*" + STRING + "(\\s*,\\s*" + STRING + ")*\\s*");
    private static final Pattern ONE_STRING = Pattern.compile(STRING);
    private static final Pattern NOT = Pattern.compile("not\\s*\\((.*)\\)", Pattern.DOTALL);

    private CodeLabels() {
    }

    /** Whether the given item definition name is one whose codes this class knows, for example {@code tStap}. */
    public static boolean knowsType(String typeName) {
        return BY_TYPE.containsKey(typeName);
    }

    /**
     * The Dutch label of a code: looked up in the enum of the type when it is known, else among all enums.
     *
     * @param typeName the item definition of the column, for example {@code tBeslisser}; may be empty
     * @param code     the code, for example {@code COUNCIL}
     * @return the label, or empty when no enum has the code
     */
    public static Optional<String> label(String typeName, String code) {
        Class<? extends Enum<?>> type = BY_TYPE.get(typeName == null ? "" : typeName);
        if (type != null) {
            Optional<String> label = labelIn(type, code);
            if (label.isPresent()) {
                return label;
            }
        }
        for (Class<? extends Enum<?>> each : ALL) {
            Optional<String> label = labelIn(each, code);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /**
     * A cell of a decision table as people read it: {@code -} becomes {@code (elke)}, {@code true}/{@code false}
     * become {@code ja}/{@code nee}, a code or a list of codes becomes the labels joined by commas (by
     * semicolons when a label holds a comma) ({@code
     * "COLLEGE","COUNCIL"} → {@code college, raad}; {@code []} → {@code (geen)}), {@code not(...)} becomes
     * {@code niet ...}. Anything else, such as text or a FEEL comparison, is returned as it is.
     *
     * @param entry    the text of the input or output entry
     * @param typeName the item definition of the column (for a list, of its elements); may be empty
     */
    public static String show(String entry, String typeName) {
        String text = entry == null ? "" : entry.strip();
        if (text.isEmpty() || text.equals("-")) {
            return "(elke)";
        }
        switch (text) {
            case "true":
                return "ja";
            case "false":
                return "nee";
            case "null":
                return "(leeg)";
            case "[]":
                return "(geen)";
            default:
                break;
        }
        Matcher not = NOT.matcher(text);
        if (not.matches()) {
            String inner = show(not.group(1), typeName);
            return inner.equals(not.group(1).strip()) ? text : "niet " + inner;
        }
        String list = text;
        if (text.startsWith("[") && text.endsWith("]")) {
            list = text.substring(1, text.length() - 1);
        }
        if (!STRINGS.matcher(list).matches()) {
            return text;
        }
        List<String> labels = new ArrayList<>();
        Matcher literal = ONE_STRING.matcher(list);
        while (literal.find()) {
            String code = literal.group().substring(1, literal.group().length() - 1);
            Optional<String> label = label(typeName, code);
            if (label.isEmpty()) {
                return text; // text, not codes: kept as it is
            }
            labels.add(label.get());
        }
        // labels that hold a comma themselves are separated by semicolons, so the list stays readable
        return String.join(labels.stream().anyMatch(l -> l.contains(",")) ? "; " : ", ", labels);
    }

    private static Optional<String> labelIn(Class<? extends Enum<?>> type, String code) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return Optional.of(((Labelled) constant).label());
            }
        }
        return Optional.empty();
    }
}
