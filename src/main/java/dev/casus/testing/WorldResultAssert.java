package dev.casus.testing;

import dev.casus.analysis.CaseAnalyser;
import dev.casus.api.Verdict;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** AssertJ assertions on one concrete world. A conflict counts as undetermined. */
public final class WorldResultAssert extends AbstractOutcomeAssert<WorldResultAssert, WorldResult> {

    WorldResultAssert(WorldResult actual) {
        super(actual, WorldResultAssert.class);
    }

    @Override
    protected Map<String, Verdict> commitmentVerdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        actual.commitments().forEach((k, r) -> out.put(k, CaseAnalyser.commitmentVerdict(r.status())));
        return out;
    }

    @Override
    protected Map<String, Verdict> termVerdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        actual.terms().forEach((k, r) -> out.put(k, CaseAnalyser.termVerdict(r.status())));
        return out;
    }

    @Override
    protected List<String> clausesBehind(String subject) {
        List<Support> supports = actual.commitments().containsKey(subject)
                ? actual.commitments().get(subject).supports()
                : actual.terms().containsKey(subject) ? actual.terms().get(subject).supports() : List.of();
        return supports.stream().filter(Support::stands).map(Support::clause).distinct().sorted().toList();
    }

    @Override
    protected String what() {
        return "the world of incident(s) " + String.join(", ", actual.incidents().stream().map(i -> i.id()).toList());
    }
}
