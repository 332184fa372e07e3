package dev.casus.analysis;

import dev.casus.api.CaseAnalysis.World;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult.TermResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Conflicts: clauses that conclude a term or a commitment both ways with no precedence between them,
 * and standing activations of one commitment that set different deadlines. Re-evaluates nothing: it
 * reads the standing conclusions of each world's result (the readings of a conflict both ways belong
 * to the answers).
 */
final class ConflictDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>(bothWays(evidence));
        findings.addAll(deadlines(evidence));
        return findings;
    }

    /** One finding per subject and set of clauses, with the worlds it shows in (none listed when all). */
    private static List<Finding> bothWays(CaseEvidence evidence) {
        Map<List<String>, Conflict> found = new TreeMap<>(
                Comparator.comparing((List<String> key) -> String.join("\u0000", key)));
        for (int i = 0; i < evidence.results().size(); i++) {
            WorldResult r = evidence.results().get(i);
            World world = evidence.worlds().get(i);
            for (TermResult term : r.terms().values()) {
                if (term.status() == TermStatus.CONFLICT) {
                    Sides sides = Sides.of(term.supports());
                    record(found, "\"" + term.term() + "\"", term.term(), sides, world,
                            Reasons.termConflict(term.term(), sides.pro(), sides.contra()));
                }
            }
            for (CommitmentResult commitment : r.commitments().values()) {
                if (commitment.status() == CommitmentStatus.CONFLICT) {
                    Sides sides = Sides.of(commitment.supports());
                    record(found, commitment.key(), commitment.key(), sides, world,
                            Reasons.commitmentConflict(commitment.key(), sides.pro(), sides.contra()));
                }
            }
        }
        int all = evidence.worlds().size();
        return found.values().stream().map(c -> Finding.ofCase(FindingKind.CONFLICT, c.clauses(), c.subject(),
                evidence.caseId(), c.reason(), c.worlds().size() == all ? List.of() : c.worlds())).toList();
    }

    private record Conflict(List<String> clauses, String subject, String reason, List<String> worlds) {
    }

    /** The clauses whose conclusions stand on each side: for, and against. */
    private record Sides(Set<String> pro, Set<String> contra) {

        static Sides of(List<Support> supports) {
            Set<String> pro = new TreeSet<>();
            Set<String> contra = new TreeSet<>();
            for (Support s : supports) {
                if (s.stands()) {
                    (s.positive() ? pro : contra).add(s.clause());
                }
            }
            return new Sides(pro, contra);
        }
    }

    private static void record(Map<List<String>, Conflict> found, String key, String subject, Sides sides, World world,
                               String reason) {
        Set<String> clauses = new TreeSet<>(sides.pro());
        clauses.addAll(sides.contra());
        List<String> at = new ArrayList<>();
        at.add(key);
        at.addAll(clauses);
        found.computeIfAbsent(at, k -> new Conflict(List.copyOf(clauses), subject, reason, new ArrayList<>()))
                .worlds().add(world.describe());
    }

    /** Two standing activations of one commitment that set different deadlines; once per commitment and clauses. */
    private static List<Finding> deadlines(CaseEvidence evidence) {
        Map<String, Finding> found = new TreeMap<>();
        for (WorldResult result : evidence.results()) {
            for (CommitmentResult c : result.commitments().values()) {
                if (c.deadlines().size() < 2) {
                    continue;
                }
                Map<Duration, Set<String>> clausesByDeadline = new TreeMap<>();
                for (Support s : c.supports()) {
                    if (s.stands() && s.positive() && s.deadline() != null) {
                        clausesByDeadline.computeIfAbsent(s.deadline(), k -> new TreeSet<>()).add(s.clause());
                    }
                }
                Set<String> clauses = new TreeSet<>();
                clausesByDeadline.values().forEach(clauses::addAll);
                found.putIfAbsent(c.key() + clauses, Finding.ofCase(FindingKind.CONFLICT, List.copyOf(clauses), c.key(),
                        evidence.caseId(), Reasons.deadlineConflict(c.key(), clausesByDeadline), List.of()));
            }
        }
        return List.copyOf(found.values());
    }
}
