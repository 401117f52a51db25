package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in a participation process (basisstappen 3–5): the day the competent body adopted the plan, the
 * dated activities with the parties that took part, the day the result went to the competent body, the account of
 * what was done with the input, and the account, offered with the result, of how far the process met the plan
 * description and the participation plan (basisstap 5).
 *
 * <p>{@link #violations(ParticipationPlan)} lists what makes the record unreadable: an empty or too long text, an
 * activity without participants, a participant that is not a party of the plan or is named twice, and a result
 * sent before the plan was adopted. Whether the process met the plan is what
 * {@link ParticipationAdvisor#review} reports.
 *
 * @param adoptedOn    the day the competent body adopted the plan description and participation plan
 * @param activities   the activities, in any order
 * @param resultSentOn the day the result went to the competent body; empty while the process runs
 * @param inputAccount what was done with the input of the participants (<em>hoe is afgewogen</em>)
 * @param planAccount  the account that goes with the result of how far the process met the adopted plan
 *                     description and participation plan, including why it deviated where it did (basisstap 5:
 *                     "in hoeverre het gelopen traject voldaan heeft aan de vooraf vastgestelde planomschrijving en
 *                     het participatieplan"); empty when the record gives none
 * @since 0.1
 */
public record ProcessRecord(LocalDate adoptedOn, List<Activity> activities, Optional<LocalDate> resultSentOn,
                            Optional<String> inputAccount, Optional<String> planAccount) {

    /** The largest number of activities a record may hold. */
    public static final int MAX_ACTIVITIES = 1_000;

    /**
     * Checks that every component is given and copies the activities.
     *
     * @param adoptedOn    the day the competent body adopted the plan description and participation plan
     * @param activities   the activities, in any order
     * @param resultSentOn the day the result went to the competent body; empty while the process runs
     * @param inputAccount what was done with the input of the participants (<em>hoe is afgewogen</em>)
     * @param planAccount  the account that goes with the result of how far the process met the adopted plan description
     *                     and participation plan, including why it deviated where it did (basisstap 5: "in hoeverre het
     *                     gelopen traject voldaan heeft aan de vooraf vastgestelde planomschrijving en het
     *                     participatieplan"); empty when the record gives none
     */
    public ProcessRecord {
        Objects.requireNonNull(adoptedOn, "adoptedOn is required.");
        activities = List.copyOf(Objects.requireNonNull(activities, "activities is required (may be empty)."));
        Objects.requireNonNull(resultSentOn, "resultSentOn must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(inputAccount, "inputAccount must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(planAccount, "planAccount must be Optional.empty() when absent, not null.");
    }

    /**
     * A record without an account of how far the process met the plan (as before {@code planAccount} existed).
     *
     * @param adoptedOn    the day the competent body adopted the plan description and participation plan
     * @param activities   the activities, in any order
     * @param resultSentOn the day the result went to the competent body; empty while the process runs
     * @param inputAccount what was done with the input of the participants (<em>hoe is afgewogen</em>)
     */
    public ProcessRecord(LocalDate adoptedOn, List<Activity> activities, Optional<LocalDate> resultSentOn,
                         Optional<String> inputAccount) {
        this(adoptedOn, activities, resultSentOn, inputAccount, Optional.empty());
    }

    /**
     * Starts a builder for the record of a plan adopted on the given day.
     *
     * @param adoptedOn the day the competent body adopted the plan description and participation plan
     * @return a builder with the adoption day set
     */
    public static Builder builder(LocalDate adoptedOn) {
        return new Builder(adoptedOn);
    }

    /**
     * Whether the record accounts for what was done with the input (the account is not blank).
     *
     * @return whether the record accounts for what was done with the input (the account is not blank)
     */
    public boolean accountsForInput() {
        return inputAccount.filter(a -> !a.isBlank()).isPresent();
    }

    /**
     * Whether the record accounts for how far the process met the plan (the account is not blank).
     *
     * @return whether the record accounts for how far the process met the plan (the account is not blank)
     */
    public boolean accountsForPlan() {
        return planAccount.filter(a -> !a.isBlank()).isPresent();
    }

    /**
     * Every violation in this record for the given plan, with field paths relative to the record; empty when the
     * record is valid.
     *
     * @param plan the adopted plan the record accounts for
     * @return every violation; empty when the record is valid
     */
    public List<Violation> violations(ParticipationPlan plan) {
        List<Violation> found = new ArrayList<>();
        if (activities.size() > MAX_ACTIVITIES) {
            found.add(Violation.of("activities", activities.size() + " activities",
                    "activities mag hoogstens " + MAX_ACTIVITIES + " activiteiten bevatten."));
        }
        resultSentOn.filter(sent -> sent.isBefore(adoptedOn)).ifPresent(sent ->
                found.add(Violation.of("resultSentOn", sent, "resultSentOn ligt vóór adoptedOn (" + adoptedOn
                        + "): het resultaat gaat naar het bevoegd orgaan nadat het het plan heeft vastgesteld.")));
        inputAccount.ifPresent(a -> Texts.checkLength(found, "inputAccount", a, ParticipationPlan.MAX_STATEMENT));
        planAccount.ifPresent(a -> Texts.checkLength(found, "planAccount", a, ParticipationPlan.MAX_STATEMENT));
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            String path = "activities[" + i + "]";
            Texts.check(found, path + ".description", activity.description(), Opgave.MAX_TEXT);
            if (activity.participants().isEmpty()) {
                found.add(Violation.missing(path + ".participants",
                        path + ".participants noemt minstens één partij uit het plan die meedeed."));
            } else if (activity.participants().size() > ParticipationPlan.MAX_PARTIES) {
                found.add(Violation.of(path + ".participants", activity.participants().size() + " participants",
                        "participants mag hoogstens " + ParticipationPlan.MAX_PARTIES + " partijen bevatten."));
            }
            Map<String, Integer> firstIndexByName = new HashMap<>();
            for (int j = 0; j < activity.participants().size(); j++) {
                String party = activity.participants().get(j).party();
                String partyPath = path + ".participants[" + j + "].party";
                if (party.isBlank()) {
                    found.add(Violation.of(partyPath, party, partyPath + " mag niet leeg zijn."));
                    continue;
                }
                if (plan.party(party).isEmpty()) {
                    found.add(Violation.of(partyPath, Texts.shorten(party), "'" + Texts.shorten(party)
                            + "' is geen partij van het plan; gebruik een naam uit de partijen van het plan."));
                }
                Integer first = firstIndexByName.putIfAbsent(Texts.key(party), j);
                if (first != null) {
                    found.add(Violation.of(partyPath, party, "een partij doet één keer mee per activiteit; participants["
                            + first + "] heeft dezelfde naam."));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Builds a record step by step.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final LocalDate adoptedOn;
        private final List<Activity> activities = new ArrayList<>();
        private LocalDate resultSentOn;
        private String inputAccount;
        private String planAccount;

        private Builder(LocalDate adoptedOn) {
            this.adoptedOn = Objects.requireNonNull(adoptedOn, "adoptedOn is required.");
        }

        /**
         * Adds an activity.
         *
         * @param date         the day it took place
         * @param kind         what kind of activity it was
         * @param description  what it was, 1 to 200 characters, for example {@code Bewonersavond 12 maart}
         * @param participants the parties of the plan that took part and their role there; at least one
         * @return this builder
         */
        public Builder activity(LocalDate date, ActivityKind kind, String description,
                                Participation... participants) {
            activities.add(Activity.of(date, kind, description, participants));
            return this;
        }

        /**
         * Records the day the result went to the competent body.
         *
         * @param resultSentOn the day the result went to the competent body; empty while the process runs
         * @return this builder
         */
        public Builder resultSentOn(LocalDate resultSentOn) {
            this.resultSentOn = resultSentOn;
            return this;
        }

        /**
         * Records what was done with the input.
         *
         * @param inputAccount what was done with the input of the participants (<em>hoe is afgewogen</em>)
         * @return this builder
         */
        public Builder inputAccount(String inputAccount) {
            this.inputAccount = inputAccount;
            return this;
        }

        /**
         * Records how far the process met the plan, as the result accounts for it (basisstap 5).
         *
         * @param planAccount the account that goes with the result of how far the process met the adopted plan
         *                    description and participation plan, including why it deviated where it did (basisstap 5:
         *                    "in hoeverre het gelopen traject voldaan heeft aan de vooraf vastgestelde planomschrijving
         *                    en het participatieplan"); empty when the record gives none
         * @return this builder
         */
        public Builder planAccount(String planAccount) {
            this.planAccount = planAccount;
            return this;
        }

        /**
         * Builds the record; it is checked against a plan when it is used.
         *
         * @return the record
         */
        public ProcessRecord build() {
            return new ProcessRecord(adoptedOn, activities, Optional.ofNullable(resultSentOn),
                    Optional.ofNullable(inputAccount), Optional.ofNullable(planAccount));
        }
    }
}
