package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An opgave: a task or initiative the policy advises on.
 *
 * <p>The constructor only checks that required components are present. Lengths, uniqueness and the
 * contradictions between the decision fields are checked by {@link #violations()}, which lists every one at
 * once; {@link ParticipationAdvisor#advise(Opgave)} and {@link Builder#build()} throw an
 * {@link InvalidOpgaveException} with that list when it is not empty.
 *
 * @param title                     the name of the opgave, 1 to 200 characters
 * @param reference                 the caller's own id, at most 100 characters, echoed in the advice
 * @param initiator                 who takes the initiative
 * @param municipalDecisionRequired whether the municipality has to take a decision on it at all
 * @param withinCivilServiceMandate whether civil servants can settle it on existing policy; present exactly
 *                                  when a decision is required
 * @param competentBody             the competent body; present exactly when a decision is required and the
 *                                  civil-service mandate does not cover it
 * @param impact                    the impact aspects
 * @param room                      the room for participation
 * @param difficulty                how difficult the opgave is
 * @param intentions                what participants and the competent body intend
 * @param stakeholders              the stakeholders, at most 200, names unique ignoring case and surrounding spaces
 * @param peildatum                 the date the advice is for: it selects the policy version in force
 *                                  on it; empty for today, in the advisor's clock (since 0.3)
 * @since 0.1
 */
public record Opgave(String title, Optional<String> reference, Initiator initiator, boolean municipalDecisionRequired,
                     Optional<Boolean> withinCivilServiceMandate, Optional<CompetentBody> competentBody,
                     Impact impact, Room room, Difficulty difficulty, Intentions intentions,
                     List<Stakeholder> stakeholders, Optional<LocalDate> peildatum) {

    /** The largest number of stakeholders an opgave may have. */
    public static final int MAX_STAKEHOLDERS = 200;
    /** The longest title, and the longest stakeholder name, in characters. */
    public static final int MAX_TEXT = 200;
    /** The longest reference, in characters. */
    public static final int MAX_REFERENCE = 100;

    /**
     * Checks that every required component is present and copies the stakeholder list.
     *
     * @param title                     the name of the opgave, 1 to 200 characters
     * @param reference                 the caller's own id, at most 100 characters, echoed in the advice
     * @param initiator                 who takes the initiative
     * @param municipalDecisionRequired whether the municipality has to take a decision on it at all
     * @param withinCivilServiceMandate whether civil servants can settle it on existing policy; present exactly when a
     *                                  decision is required
     * @param competentBody             the competent body; present exactly when a decision is required and the
     *                                  civil-service mandate does not cover it
     * @param impact                    the impact aspects
     * @param room                      the room for participation
     * @param difficulty                how difficult the opgave is
     * @param intentions                what participants and the competent body intend
     * @param stakeholders              the stakeholders, at most 200, names unique ignoring case and surrounding spaces
     * @param peildatum                 the date the advice is for: it selects the policy version in
     *                                  force on it; empty for today, in the advisor's clock (since 0.3)
     */
    public Opgave {
        Objects.requireNonNull(title, "title is required.");
        Objects.requireNonNull(reference, "reference must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(initiator, "initiator is required.");
        Objects.requireNonNull(withinCivilServiceMandate,
                "withinCivilServiceMandate must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(competentBody, "competentBody must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(impact, "impact is required.");
        Objects.requireNonNull(room, "room is required.");
        Objects.requireNonNull(difficulty, "difficulty is required.");
        Objects.requireNonNull(intentions, "intentions is required.");
        stakeholders = List.copyOf(Objects.requireNonNull(stakeholders, "stakeholders is required (may be empty)."));
        Objects.requireNonNull(peildatum, "peildatum must be Optional.empty() for today, not null.");
    }

    /**
     * An opgave without a peildatum (advised for today, in the advisor's clock), as before 0.3.
     *
     * @param title                     the name of the opgave, 1 to 200 characters
     * @param reference                 the caller's own id, at most 100 characters, echoed in the advice
     * @param initiator                 who takes the initiative
     * @param municipalDecisionRequired whether the municipality has to take a decision on it at all
     * @param withinCivilServiceMandate whether civil servants can settle it on existing policy; present exactly when a
     *                                  decision is required
     * @param competentBody             the competent body; present exactly when a decision is required and the
     *                                  civil-service mandate does not cover it
     * @param impact                    the impact aspects
     * @param room                      the room for participation
     * @param difficulty                how difficult the opgave is
     * @param intentions                what participants and the competent body intend
     * @param stakeholders              the stakeholders, at most 200, names unique ignoring case and surrounding spaces
     */
    public Opgave(String title, Optional<String> reference, Initiator initiator, boolean municipalDecisionRequired,
                  Optional<Boolean> withinCivilServiceMandate, Optional<CompetentBody> competentBody,
                  Impact impact, Room room, Difficulty difficulty, Intentions intentions,
                  List<Stakeholder> stakeholders) {
        this(title, reference, initiator, municipalDecisionRequired, withinCivilServiceMandate, competentBody, impact,
                room, difficulty, intentions, stakeholders, Optional.empty());
    }

    /**
     * This opgave with the given peildatum.
     *
     * @param peildatum the date the advice is for: it selects the policy version in force on it
     * @return this opgave, for the given peildatum
     * @since 0.3
     */
    public Opgave withPeildatum(LocalDate peildatum) {
        return new Opgave(title, reference, initiator, municipalDecisionRequired, withinCivilServiceMandate,
                competentBody, impact, room, difficulty, intentions, stakeholders,
                Optional.of(Objects.requireNonNull(peildatum, "peildatum")));
    }

    /**
     * Starts a builder for an opgave with the given title.
     *
     * @param title the name of the opgave, 1 to 200 characters
     * @return a builder with the title set
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * Every violation in this opgave: lengths, counts, unique names and the contradictions
     * between the decision fields. Empty when the opgave is valid.
     *
     * @return every violation; empty when the opgave is valid
     */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Texts.check(found, "title", title, MAX_TEXT);
        reference.ifPresent(r -> {
            int length = r.codePointCount(0, r.length());
            if (length > MAX_REFERENCE) {
                found.add(Violation.of("reference", Texts.shorten(r),
                        "reference mag hoogstens " + MAX_REFERENCE + " tekens hebben; het zijn er " + length + "."));
            }
        });
        if (initiator == Initiator.MUNICIPALITY && !municipalDecisionRequired) {
            found.add(Violation.of("municipalDecisionRequired", false,
                    "municipalDecisionRequired moet true zijn als de gemeente (MUNICIPALITY) initiatiefnemer is: een"
                            + " initiatief van de gemeente vraagt altijd een besluit van de gemeente."));
        }
        if (municipalDecisionRequired && withinCivilServiceMandate.isEmpty()) {
            found.add(Violation.missing("withinCivilServiceMandate",
                    "withinCivilServiceMandate ontbreekt: als een besluit van de gemeente nodig is, zeg dan of het ambtelijk"
                            + " kan worden afgehandeld (true of false)."));
        }
        if (!municipalDecisionRequired && withinCivilServiceMandate.isPresent()) {
            found.add(Violation.of("withinCivilServiceMandate", withinCivilServiceMandate.get(),
                    "withinCivilServiceMandate hoort te ontbreken als er geen besluit van de gemeente nodig is."));
        }
        boolean bodyNeeded = municipalDecisionRequired && withinCivilServiceMandate.isPresent()
                && !withinCivilServiceMandate.get();
        boolean bodyMeaningless = !municipalDecisionRequired || withinCivilServiceMandate.orElse(false);
        if (bodyNeeded && competentBody.isEmpty()) {
            found.add(Violation.missing("competentBody", "competentBody ontbreekt: als een besluit van de gemeente"
                    + " nodig is dat niet ambtelijk kan, zeg dan wie bevoegd is (COLLEGE of COUNCIL)."));
        }
        if (bodyMeaningless && competentBody.isPresent()) {
            found.add(Violation.of("competentBody", competentBody.get(), !municipalDecisionRequired
                    ? "competentBody hoort te ontbreken als er geen besluit van de gemeente nodig is."
                    : "competentBody hoort te ontbreken als het besluit ambtelijk kan worden afgehandeld."));
        }
        if (stakeholders.size() > MAX_STAKEHOLDERS) {
            found.add(Violation.of("stakeholders", stakeholders.size() + " stakeholders",
                    "stakeholders mag hoogstens " + MAX_STAKEHOLDERS + " belanghebbenden bevatten."));
        }
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < stakeholders.size(); i++) {
            String name = stakeholders.get(i).name();
            String path = "stakeholders[" + i + "].name";
            Texts.check(found, path, name, MAX_TEXT);
            Integer first = firstIndexByName.putIfAbsent(Texts.key(name), i);
            if (first != null) {
                found.add(Violation.of(path, name, "elke belanghebbende heeft een eigen naam (hoofdletters tellen niet"
                        + " mee); stakeholders[" + first + "] heeft dezelfde naam."));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Builds an opgave step by step; {@link #build()} lists every violation at once.
     *
     * <pre>{@code
     * Opgave opgave = Opgave.builder("Herinrichting Raadhuisstraat")
     *         .initiator(Initiator.MUNICIPALITY)
     *         .decidedBy(CompetentBody.COUNCIL)
     *         .impact(Impact.of(true, false, true))
     *         .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.LIMITED))
     *         .stakeholder("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS)
     *         .build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String title;
        private String reference;
        private Initiator initiator;
        private boolean municipalDecisionRequired;
        private Boolean withinCivilServiceMandate;
        private CompetentBody competentBody;
        private Impact impact = Impact.NONE;
        private Room room;
        private Difficulty difficulty = Difficulty.NONE;
        private Intentions intentions = Intentions.NONE;
        private final List<Stakeholder> stakeholders = new ArrayList<>();
        private LocalDate peildatum;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Sets the caller's own id, echoed in the advice.
         *
         * @param reference the caller's own id, at most 100 characters, echoed in the advice
         * @return this builder
         */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Sets who takes the initiative.
         *
         * @param initiator who takes the initiative
         * @return this builder
         */
        public Builder initiator(Initiator initiator) {
            this.initiator = initiator;
            return this;
        }

        /**
         * No municipal decision is needed: the initiators decide among themselves.
         *
         * @return this builder
         */
        public Builder decidedByInitiator() {
            return decision(false, null, null);
        }

        /**
         * A municipal decision is needed and civil servants can settle it on existing policy.
         *
         * @return this builder
         */
        public Builder decidedByCivilServants() {
            return decision(true, true, null);
        }

        /**
         * A municipal decision is needed, outside the civil-service mandate, by the given body.
         *
         * @param body the competent body that decides
         * @return this builder
         */
        public Builder decidedBy(CompetentBody body) {
            return decision(true, false, body);
        }

        private Builder decision(boolean required, Boolean mandate, CompetentBody body) {
            this.municipalDecisionRequired = required;
            this.withinCivilServiceMandate = mandate;
            this.competentBody = body;
            return this;
        }

        /**
         * Sets the impact aspects; none by default.
         *
         * @param impact the impact aspects
         * @return this builder
         */
        public Builder impact(Impact impact) {
            this.impact = impact;
            return this;
        }

        /**
         * Sets the room for participation; required.
         *
         * @param room the room for participation
         * @return this builder
         */
        public Builder room(Room room) {
            this.room = room;
            return this;
        }

        /**
         * Sets the difficulty; none by default.
         *
         * @param difficulty how difficult the opgave is
         * @return this builder
         */
        public Builder difficulty(Difficulty difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        /**
         * Sets the intentions; none by default.
         *
         * @param intentions what participants and the competent body intend
         * @return this builder
         */
        public Builder intentions(Intentions intentions) {
            this.intentions = intentions;
            return this;
        }

        /**
         * Adds a stakeholder.
         *
         * @param name the name of the stakeholder, unique within the opgave
         * @param kind what kind of stakeholder it is
         * @return this builder
         */
        public Builder stakeholder(String name, StakeholderKind kind) {
            this.stakeholders.add(Stakeholder.of(name, kind));
            return this;
        }

        /**
         * Sets the date the advice is for; without it, the advice is for today in the advisor's clock.
         *
         * @param peildatum the date the advice is for: it selects the policy version in force on it;
         *                  empty for today, in the advisor's clock (since 0.3)
         * @return this builder
         * @since 0.3
         */
        public Builder peildatum(LocalDate peildatum) {
            this.peildatum = peildatum;
            return this;
        }

        /**
         * Builds the opgave.
         *
         * @return the opgave
         * @throws InvalidOpgaveException listing every missing or invalid field
         */
        public Opgave build() {
            List<Violation> missing = new ArrayList<>();
            if (title == null) {
                missing.add(Violation.missing("title", "title ontbreekt: de naam van de opgave."));
            }
            if (initiator == null) {
                missing.add(Violation.missing("initiator", "initiator ontbreekt: wie neemt het initiatief?"));
            }
            if (room == null) {
                missing.add(Violation.missing("room", "room ontbreekt: valt er iets te kiezen, en hoeveel ruimte"
                        + " laten wetten en gemeentelijk beleid?"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidOpgaveException(missing);
            }
            Opgave opgave = new Opgave(title, Optional.ofNullable(reference), initiator, municipalDecisionRequired,
                    Optional.ofNullable(withinCivilServiceMandate), Optional.ofNullable(competentBody),
                    Objects.requireNonNull(impact, "impact"), room, Objects.requireNonNull(difficulty, "difficulty"),
                    Objects.requireNonNull(intentions, "intentions"), stakeholders, Optional.ofNullable(peildatum));
            List<Violation> violations = opgave.violations();
            if (!violations.isEmpty()) {
                throw new InvalidOpgaveException(violations);
            }
            return opgave;
        }
    }
}
