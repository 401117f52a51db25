package nl.heemstede.participatie.core.loading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;

/**
 * The names of the decisions and inputs in the policy's DMN model: the contract between the tables and the
 * typed API. A policy file that drops or renames one of these is refused.
 */
public final class Decisions {

    public static final String WIE_BESLIST = "Wie beslist";
    public static final String COMPLEXITEIT = "Complexiteit";
    public static final String WERKWIJZE = "Werkwijze";
    public static final String QUICKSCAN = "Quickscan";
    public static final String OPBRENGST_QUICKSCAN = "Opbrengst quickscan";
    public static final String PLANOMSCHRIJVING = "Planomschrijving";
    public static final String RUIMTE = "Ruimte voor participatie";
    public static final String HAALBAARHEID = "Haalbaarheid";
    public static final String PARTICIPATIEPLAN = "Participatieplan";
    public static final String STAPPEN = "Stappen";
    public static final String DOELEN = "Doelen";
    public static final String ROL_BELANGHEBBENDE = "Rol van belanghebbende";
    public static final String ROL_GEMEENTE = "Rol van de gemeente";
    public static final String WEGWIJZER = "Wegwijzer";
    /** The DRL rule sets, as named in the explanation. */
    public static final String ROLLEN = "Rollen";
    public static final String AANDACHTSPUNTEN = "Aandachtspunten";

    /** The decisions evaluated once per opgave, in the order the explanation lists them. */
    public static final List<String> PER_OPGAVE = List.of(WIE_BESLIST, COMPLEXITEIT, WERKWIJZE, QUICKSCAN,
            OPBRENGST_QUICKSCAN, PLANOMSCHRIJVING, RUIMTE, HAALBAARHEID, PARTICIPATIEPLAN, STAPPEN, DOELEN,
            ROL_GEMEENTE, WEGWIJZER);

    /** Every decision the advice needs. */
    public static final List<String> ALL = List.of(WIE_BESLIST, COMPLEXITEIT, WERKWIJZE, QUICKSCAN, OPBRENGST_QUICKSCAN,
            PLANOMSCHRIJVING, RUIMTE, HAALBAARHEID, PARTICIPATIEPLAN, STAPPEN, DOELEN, ROL_BELANGHEBBENDE,
            ROL_GEMEENTE, WEGWIJZER);

    /** The order of decisions in the explanation. */
    public static final List<String> EXPLANATION_ORDER = List.of(WIE_BESLIST, COMPLEXITEIT, WERKWIJZE, QUICKSCAN,
            OPBRENGST_QUICKSCAN, PLANOMSCHRIJVING, RUIMTE, HAALBAARHEID, PARTICIPATIEPLAN, STAPPEN, DOELEN,
            ROL_BELANGHEBBENDE, ROLLEN, ROL_GEMEENTE, AANDACHTSPUNTEN, WEGWIJZER);

    // Input data of the DMN model.
    public static final String BESLUIT_NODIG = "Besluit gemeente nodig";
    public static final String AMBTELIJK = "Ambtelijk af te handelen";
    public static final String BEVOEGD_ORGAAN = "Bevoegd orgaan";
    public static final String GROTE_WIJZIGING = "Grote wijziging leefomgeving";
    public static final String VEEL_ACTOREN = "Veel actoren";
    public static final String VEEL_BELANGEN = "Veel belangen";
    public static final String INITIATIEFNEMER = "Initiatiefnemer";
    public static final String IETS_TE_KIEZEN = "Iets te kiezen";
    public static final String RUIMTE_WETGEVING = "Ruimte wetgeving";
    public static final String RUIMTE_BELEID = "Ruimte gemeentelijk beleid";
    public static final String WENSELIJK = "Participatie wenselijk";
    public static final String COPRODUCEREN = "Deelnemers willen coproduceren";
    public static final String BESLISSINGSRUIMTE = "Beslissingsruimte gedeeld";
    public static final String KADER_INHOUD = "Kader inhoudelijk";
    public static final String KADER_FINANCIEEL = "Kader financieel";
    public static final String KADER_PROCES = "Kader proces";
    public static final String LEERPILOT = "Leerpilot";
    public static final String SAMEN_LEREN = "Samen leren gewenst";
    /** Derived from the stakeholders: is one of them of the kind RESIDENTS? */
    public static final String INWONERS = "Inwoners als belanghebbende";
    public static final String SOORT = "Soort belanghebbende";

    /**
     * Every value each input of the DMN model can take, as the typed API gives it: the finite input space the
     * tables are decided over. {@code null} stands for an absent optional field.
     */
    public static final Map<String, List<Object>> INPUT_DOMAINS = Map.ofEntries(
            Map.entry(BESLUIT_NODIG, values(false, true)),
            Map.entry(AMBTELIJK, values(false, true, null)),
            Map.entry(BEVOEGD_ORGAAN, codes(CompetentBody.values(), true)),
            Map.entry(GROTE_WIJZIGING, values(false, true)),
            Map.entry(VEEL_ACTOREN, values(false, true)),
            Map.entry(VEEL_BELANGEN, values(false, true)),
            Map.entry(INITIATIEFNEMER, codes(Initiator.values(), false)),
            Map.entry(IETS_TE_KIEZEN, values(false, true)),
            Map.entry(RUIMTE_WETGEVING, codes(RoomLevel.values(), false)),
            Map.entry(RUIMTE_BELEID, codes(RoomLevel.values(), false)),
            Map.entry(WENSELIJK, values(false, true)),
            Map.entry(COPRODUCEREN, values(false, true)),
            Map.entry(BESLISSINGSRUIMTE, values(false, true)),
            Map.entry(KADER_INHOUD, values(false, true)),
            Map.entry(KADER_FINANCIEEL, values(false, true)),
            Map.entry(KADER_PROCES, values(false, true)),
            Map.entry(LEERPILOT, values(false, true)),
            Map.entry(SAMEN_LEREN, values(false, true)),
            Map.entry(INWONERS, values(false, true)),
            Map.entry(SOORT, codes(StakeholderKind.values(), false)));

    private Decisions() {
    }

    /**
     * Whether the given values of inputs (some or all of them) contradict each other as {@code Opgave.violations()}
     * forbids: such a combination is never an opgave (the typed API rejects it), so the tables need not decide it.
     */
    public static boolean contradictory(Map<String, Object> inputs) {
        Object required = inputs.get(BESLUIT_NODIG);
        if (!(required instanceof Boolean decisionRequired)) {
            return false;
        }
        if (!decisionRequired && "MUNICIPALITY".equals(inputs.get(INITIATIEFNEMER))) {
            return true;
        }
        boolean mandateKnown = inputs.containsKey(AMBTELIJK);
        Object mandate = inputs.get(AMBTELIJK);
        if (mandateKnown && (decisionRequired == (mandate == null))) {
            return true; // the mandate is answered exactly when a decision is required
        }
        if (mandateKnown && inputs.containsKey(BEVOEGD_ORGAAN)) {
            boolean bodyNeeded = decisionRequired && Boolean.FALSE.equals(mandate);
            return bodyNeeded == (inputs.get(BEVOEGD_ORGAAN) == null);
        }
        return false;
    }

    private static List<Object> values(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private static List<Object> codes(Enum<?>[] constants, boolean absentAllowed) {
        List<Object> codes = new ArrayList<>();
        for (Enum<?> constant : constants) {
            codes.add(constant.name());
        }
        if (absentAllowed) {
            codes.add(null);
        }
        return Collections.unmodifiableList(codes);
    }
}
