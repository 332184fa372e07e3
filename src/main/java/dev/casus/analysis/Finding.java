package dev.casus.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * One ambiguity: its kind, the clause(s) concerned, what it is about, and why, in a drafter's words.
 *
 * @param clauses clause ids, sorted
 * @param subject the term or {@code party/commitment} concerned; empty when none
 * @param caseId  the case that exposed it; empty for static findings
 * @param worlds  the worlds that exposed it, described by their uncertain values; empty when all
 */
public record Finding(FindingKind kind, List<String> clauses, String subject, String caseId, String reason,
                      List<String> worlds) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(f -> String.join("\u0000", f.clauses()))
            .thenComparing(Finding::subject)
            .thenComparing(Finding::caseId)
            .thenComparing(Finding::reason);

    public Finding {
        clauses = clauses.stream().distinct().sorted().toList();
        worlds = List.copyOf(worlds);
    }

    /** The first clause, or empty. */
    public String clause() {
        return clauses.isEmpty() ? "" : clauses.get(0);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
