package nl.heemstede.participatie.core.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.marshalling.DMNMarshaller;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InformationRequirement;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.dmndi.DMNEdge;
import org.kie.dmn.model.api.dmndi.DMNShape;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;


/**
 * The bundled DMN file is sound by the engine's own validator, opens with its diagram, and is written the way
 * policy staff read it.
 */
class BundledPolicyFileTests {

    private static final Path DMN = Path.of("src/main/resources", PolicyFiles.BUNDLED_FOLDER,
            "participatiebeleid.dmn");

    private static Definitions definitions;

    @BeforeAll
    static void unmarshal() throws IOException {
        DMNMarshaller marshaller = DMNMarshallerFactory.newDefaultMarshaller();
        definitions = marshaller.unmarshal(Files.readString(DMN));
    }

    @Test
    void theEnginesValidatorFindsNoErrorNoGapAndNoOverlapInAnyTable() {
        DMNValidator validator = DMNValidatorFactory.newValidator();
        List<DMNMessage> messages = validator.validate(new File(DMN.toString()),
                DMNValidator.Validation.VALIDATE_SCHEMA, DMNValidator.Validation.VALIDATE_MODEL,
                DMNValidator.Validation.VALIDATE_COMPILATION, DMNValidator.Validation.ANALYZE_DECISION_TABLE);
        String all = messages.stream().map(m -> m.getLevel() + " " + m.getMessageType() + " " + m.getText())
                .collect(Collectors.joining("\n"));
        assertTrue(messages.stream().noneMatch(m -> m.getLevel() == org.kie.api.builder.Message.Level.ERROR),
                all);
        Set<String> forbidden = Set.of("DECISION_TABLE_GAP", "DECISION_TABLE_OVERLAP",
                "DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE", "DECISION_TABLE_OVERLAP_HITPOLICY_ANY",
                "DECISION_TABLE_MASKED_RULE", "DECISION_TABLE_SUBSUMPTION_RULE", "ILLEGAL_USE_OF_TYPEREF",
                "ILLEGAL_USE_OF_NAME", "MISSING_TYPE_REF");
        assertTrue(messages.stream().noneMatch(m -> forbidden.contains(m.getMessageType().name())), all);
        // The only warnings we accept, each deliberate: rows kept apart to mark [seed] and [reading] separately
        // (contraction), and in the COLLECT table "Wegwijzer" two rows with the same inputs, one per website section
        // an initiator from society gets (the analysis calls them duplicates).
        Set<String> accepted = Set.of("DECISION_TABLE_ANALYSIS_EMPTY", "DECISION_TABLE_CONTRACTION_RULE",
                "DECISION_TABLE_1STNFVIOLATION", "DECISION_TABLE_HITPOLICY_RECOMMENDER");
        assertTrue(messages.stream().allMatch(m -> accepted.contains(m.getMessageType().name())), all);
        assertTrue(messages.stream().filter(m -> m.getMessageType().name().equals("DECISION_TABLE_1STNFVIOLATION"))
                .allMatch(m -> m.getSourceId().equals("wegwijzer-tabel")), all);
    }

    @Test
    void everyDecisionAndInputHasAShapeAndEveryRequirementAnEdgeInTheDiagram() {
        var diagram = definitions.getDMNDI().getDMNDiagram();
        assertEquals(1, diagram.size(), "one diagram (DRD)");
        Set<String> shaped = new HashSet<>();
        Set<String> edged = new HashSet<>();
        diagram.get(0).getDMNDiagramElement().forEach(element -> {
            if (element instanceof DMNShape shape) {
                shaped.add(shape.getDmnElementRef().getLocalPart());
            } else if (element instanceof DMNEdge edge) {
                edged.add(edge.getDmnElementRef().getLocalPart());
            }
        });
        for (DRGElement element : definitions.getDrgElement()) {
            assertTrue(shaped.contains(element.getId()), "no shape for " + element.getName());
            if (element instanceof Decision decision) {
                for (InformationRequirement requirement : decision.getInformationRequirement()) {
                    assertTrue(edged.contains(requirement.getId()), "no edge for a requirement of "
                            + decision.getName());
                }
            }
        }
    }

    @Test
    void everyDecisionOfTheAdviceIsADecisionTableWithADutchNameAndTheAgreedHitPolicy() {
        for (String name : Decisions.ALL) {
            Decision decision = definitions.getDrgElement().stream()
                    .filter(e -> e instanceof Decision && e.getName().equals(name)).map(Decision.class::cast)
                    .findFirst().orElseThrow(() -> new AssertionError("no decision " + name));
            assertTrue(decision.getExpression() instanceof DecisionTable, name + " is a decision table");
            HitPolicy hitPolicy = ((DecisionTable) decision.getExpression()).getHitPolicy();
            HitPolicy expected = switch (name) {
                case Decisions.DOELEN, Decisions.WEGWIJZER -> HitPolicy.COLLECT;
                default -> HitPolicy.UNIQUE;
            };
            assertEquals(expected, hitPolicy, name);
        }
    }

    @Test
    void everyEnumeratedInputIsTypedByAnItemDefinitionWithAllowedValuesSoGapAnalysisRuns() {
        Set<String> enumerated = definitions.getItemDefinition().stream()
                .filter(i -> i.getAllowedValues() != null).map(i -> i.getName()).collect(Collectors.toSet());
        for (DRGElement element : definitions.getDrgElement()) {
            if (element instanceof InputData input) {
                String type = input.getVariable().getTypeRef().getLocalPart();
                assertTrue(type.equals("boolean") || enumerated.contains(type),
                        input.getName() + " has type " + type);
            }
            if (element instanceof Decision decision && decision.getExpression() instanceof DecisionTable table) {
                table.getInput().forEach(column -> {
                    String type = column.getInputExpression().getTypeRef().getLocalPart();
                    assertTrue(type.equals("boolean") || enumerated.contains(type),
                            decision.getName() + ", column " + column.getLabel() + " has type " + type);
                });
                assertFalse(table.getOutput().get(0).getTypeRef() != null,
                        decision.getName() + ": a single output is typed by the decision, not the column");
            }
        }
    }
}
