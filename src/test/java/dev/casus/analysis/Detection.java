package dev.casus.analysis;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.Finding;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.DraftLoader;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One detector run over one case, as the analyser runs it: the case's worlds evaluated first, then the
 * detector, with what the detector alone evaluates recorded.
 */
final class Detection {

    final CaseEvidence evidence;
    final RecordingEvaluator evaluator;
    final List<Finding> findings;

    private Detection(CaseEvidence evidence, RecordingEvaluator evaluator, List<Finding> findings) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.findings = findings;
    }

    static Detection run(Detector detector, CompiledDraft draft, Case c) {
        return run(detector, draft, c, AnalysisOptions.defaults());
    }

    static Detection run(Detector detector, CompiledDraft draft, Case c, AnalysisOptions options) {
        RecordingEvaluator evaluator = new RecordingEvaluator(draft);
        CaseEvidence evidence = CaseAnalyser.evidence(draft, c, options, evaluator);
        evaluator.forget();
        List<Finding> findings = detector.detect(evidence).stream().sorted().toList();
        return new Detection(evidence, evaluator, findings);
    }

    /** The draft in a folder, compiled. */
    static CompiledDraft load(Path folder) {
        return DraftLoader.load(folder);
    }

    /** A missile strike by a State on Ukraine, with other fields as given. */
    static Case strike(Map<String, Uncertain> fields) {
        SortedMap<String, Uncertain> all = new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.MISSILE_STRIKE),
                "actorKind", new Uncertain.Exactly(ActorKind.STATE),
                "country", new Uncertain.Exactly("UA")));
        all.putAll(fields);
        return new Case("c", "c", Path.of("cases/t.yaml"), 1, List.of(new Case.Event("e1", all, 2)), List.of(), Map.of());
    }

    static Map<String, Uncertain> killed(int n) {
        return Map.of("killed", new Uncertain.Exactly(n));
    }
}
