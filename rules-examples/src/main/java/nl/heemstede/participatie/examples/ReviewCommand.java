package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;

/**
 * {@code participatie review [--format text|json] OPGAVE PLAN VERSLAG}: the account of a participation process
 * against its adopted plan (basisstap 5), every finding with its code, rule and seed section, and per planned party
 * and goal what was planned and what was done. Exit codes as {@link CheckPlanCommand}.
 */
final class ReviewCommand extends PlanCommand {

    private static final String USAGE = """
            Gebruik: participatie review [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN VERSLAG
              Verantwoordt een gelopen participatieproces tegenover het vastgestelde plan (basisstap 5: in hoeverre
              voldeed het traject aan planomschrijving en participatieplan): begon de participatie na de vaststelling,
              verantwoordt het resultaat het traject, en per partij en per doel wat gepland was, wat er gebeurde en
              welke afwijking te verantwoorden is; ook de inbreng en de evaluatie van een gevolgd project.
              OPGAVE, PLAN en VERSLAG zijn JSON-bestanden; zie examples/proceskader voor een eigen, verzonnen
              voorbeeld.
              --format text   de verantwoording in het Nederlands, voor mensen (standaard)
              --format json   {"policyVersion", "hasErrors", "findings", "parties", "goals"}
            """ + PolicyOptions.USAGE + """
            Exitcodes: 0 geen fout, 1 een of meer fouten, 2 gebruiksfout, onleesbaar of ongeldig bestand,
                       3 het beleid kan de opgave niet beslissen.
            """ + ParticipatieCli.INPUT_FILES;

    ReviewCommand() {
        this(ParticipationAdvisor::bundled);
    }

    ReviewCommand(Supplier<ParticipationAdvisor> advisor) {
        super(advisor);
    }

    @Override
    String usage() {
        return USAGE;
    }

    @Override
    List<String> files() {
        return List.of("OPGAVE", "PLAN", "VERSLAG");
    }

    @Override
    boolean run(ParticipationAdvisor advisor, Inputs inputs, boolean asJson, PrintStream out) {
        ProcessRecord record = inputs.record().orElseThrow();
        ProcessReview review = advisor.review(inputs.opgave(), inputs.plan(), record);
        out.print(asJson ? json.writeReview(review) + "\n"
                : PlanReport.review(inputs.opgave(), inputs.plan(), record, review));
        return review.hasErrors();
    }
}
