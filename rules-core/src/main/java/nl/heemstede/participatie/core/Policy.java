package nl.heemstede.participatie.core;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;

/**
 * A loaded policy: its descriptor, version, DMN model and DRL rules. Immutable and thread-safe.
 */
final class Policy {

    static final String DESCRIPTOR = "beleid.json";

    private final PolicyVersion version;
    private final DmnPolicy dmn;
    private final RulePolicy rules;

    private Policy(PolicyVersion version, DmnPolicy dmn, RulePolicy rules) {
        this.version = version;
        this.dmn = dmn;
        this.rules = rules;
    }

    /**
     * Loads and compiles the policy in the given files.
     *
     * @throws PolicyLoadException naming the file and what to fix
     */
    static Policy load(PolicyFiles files) {
        String name = descriptorName(files);
        Map<String, byte[]> dmnFiles = files.withExtension(".dmn");
        if (dmnFiles.size() != 1) {
            throw new PolicyLoadException("The policy at " + files.origin() + " must hold exactly one .dmn file;"
                    + " it holds " + dmnFiles.keySet() + ".");
        }
        Map.Entry<String, byte[]> dmnFile = dmnFiles.entrySet().iterator().next();
        DmnPolicy dmn = DmnPolicy.load(dmnFile.getKey(), dmnFile.getValue(), Decisions.ALL);
        RulePolicy rules = RulePolicy.load(files.withExtension(".drl"));
        return new Policy(new PolicyVersion(name, files.sha256()), dmn, rules);
    }

    private static String descriptorName(PolicyFiles files) {
        try {
            JsonNode descriptor = new ObjectMapper().readTree(files.content(DESCRIPTOR));
            JsonNode name = descriptor.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw new PolicyLoadException(DESCRIPTOR + " at " + files.origin()
                        + " needs a non-empty text field \"name\".");
            }
            return name.asText();
        } catch (IOException e) {
            throw new PolicyLoadException(DESCRIPTOR + " at " + files.origin() + " is not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    PolicyVersion version() {
        return version;
    }

    DmnPolicy dmn() {
        return dmn;
    }

    RulePolicy rules() {
        return rules;
    }
}
