package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.WorldResult;
import dev.casus.vocabulary.IncidentField;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hostile incident (one that states an act) that no clause engages with: nothing fired in any world.
 * Re-evaluates nothing: it reads the rules fired across the worlds.
 */
final class SilentDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        boolean hostile = evidence.theCase().events().stream().anyMatch(e -> e.fields().containsKey("act"));
        // a draft not in force on the incident's day does not apply to it, so it is not silent on it
        boolean applies = evidence.results().stream().anyMatch(WorldResult::inForce);
        if (!hostile || !applies || !evidence.firedRules().isEmpty()) {
            return List.of();
        }
        Set<String> acts = new TreeSet<>();
        evidence.worlds().forEach(w -> w.incidents().forEach(i -> {
            if (i.act() != null) {
                acts.add(IncidentField.show(i.act()));
            }
        }));
        return List.of(Finding.ofCase(FindingKind.SILENT, List.of(), "", evidence.caseId(), Reasons.silent(acts), List.of()));
    }
}
