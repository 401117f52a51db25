package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PlanCheck;

/**
 * {@code participatie check-plan [--format text|json] OPGAVE PLAN}: a participation plan held against the policy
 * before the competent body adopts it, every finding with its code, rule and seed section. Exit 0 when no finding is
 * an error, 1 when one is, 2 for a usage error or a file that is unreadable, not JSON or invalid, 3 when the policy
 * cannot decide the opgave.
 */
final class CheckPlanCommand extends PlanCommand {

    private static final String USAGE = """
            Gebruik: participatie check-plan [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN
              Toetst een participatieplan (planomschrijving en participatieplan) aan het beleid voordat het
              bevoegd orgaan het vaststelt: doelen, rollen, kaders, afweging, vaststellend orgaan en de vragen van
              de planomschrijving, tegen de uitwerking en het advies voor de opgave. Per bevinding: ernst, code,
              regel en bron. Een fout alleen waar de uitwerking een norm stelt; wijkt het plan af van onze lezing
              (bijvoorbeeld een andere rol dan geadviseerd), dan is dat een waarschuwing: motiveer de afwijking.
              OPGAVE en PLAN zijn JSON-bestanden; zie examples/proceskader voor een eigen, verzonnen voorbeeld.
              --format text   de toets in het Nederlands, voor mensen (standaard)
              --format json   {"policyVersion", "hasErrors", "findings", "advice"}
            """ + PolicyOptions.USAGE + """
            Exitcodes: 0 geen fout, 1 een of meer fouten, 2 gebruiksfout, onleesbaar of ongeldig bestand,
                       3 het beleid kan de opgave niet beslissen.
            """ + ParticipatieCli.INPUT_FILES;

    CheckPlanCommand() {
        this(ParticipationAdvisor::bundled);
    }

    CheckPlanCommand(Supplier<ParticipationAdvisor> advisor) {
        super(advisor);
    }

    @Override
    String usage() {
        return USAGE;
    }

    @Override
    List<String> files() {
        return List.of("OPGAVE", "PLAN");
    }

    @Override
    boolean run(ParticipationAdvisor advisor, Inputs inputs, boolean asJson, PrintStream out) {
        PlanCheck check = advisor.checkPlan(inputs.opgave(), inputs.plan());
        out.print(asJson ? json.writePlanCheck(check) + "\n" : PlanReport.check(inputs.opgave(), check));
        return check.hasErrors();
    }
}
