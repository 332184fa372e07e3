package dev.casus.analysis;

import dev.casus.api.Verdict;
import dev.casus.api.WorldResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A world's outcomes as verdicts, and how two worlds' outcomes differ: what re-evaluating detectors compare. */
final class Outcomes {

    private Outcomes() {
    }

    /** Every outcome of a world, commitments by key and terms in quotes, as verdicts. */
    static Map<String, Verdict> of(WorldResult r) {
        Map<String, Verdict> out = new TreeMap<>();
        r.commitments().forEach((k, c) -> out.put(k, CaseAnalyser.commitmentVerdict(c.status())));
        r.terms().forEach((k, t) -> out.put("\"" + k + "\"", CaseAnalyser.termVerdict(t.status())));
        return out;
    }

    /** The outcomes that differ between two worlds, as "subject: a → b", sorted by subject. */
    static List<String> differences(Map<String, Verdict> before, Map<String, Verdict> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            Verdict a = before.getOrDefault(key, key.startsWith("\"") ? Verdict.DOES_NOT_HOLD : Verdict.INACTIVE);
            Verdict b = after.getOrDefault(key, key.startsWith("\"") ? Verdict.DOES_NOT_HOLD : Verdict.INACTIVE);
            if (a != b) {
                out.add(key + ": " + a.label() + " \u2192 " + b.label());
            }
        }
        return out;
    }

    /** The subject of a difference: "FR/consult" of "FR/consult: active → inactive". */
    static String subjectOf(String difference) {
        return difference.replaceFirst(": .*$", "");
    }
}
