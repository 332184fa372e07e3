package dev.casus.api;


import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;

/**
 * One ambiguity: its kind, the clause(s) concerned, what it is about, and why, in a drafter's words.
 *
 * @param clauses clause ids, sorted
 * @param subject the term or {@code party/commitment} concerned; empty when none
 * @param caseId  the case that exposed it; empty for static findings
 * @param worlds  the worlds that exposed it, described by their uncertain values; empty when all
 * @param file    for a static finding, the file it is in; else null
 * @param line    for a static finding, its line; else 0
 * @param warning true for a finding that only warns (a term concluded but never used): it never fails a run
 * @param wording each clause's {@code @text}, by clause id
 */
public record Finding(FindingKind kind, List<String> clauses, String subject, String caseId, String reason,
                      List<String> worlds, Path file, int line, boolean warning, Map<String, String> wording)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(f -> String.join("\u0000", f.clauses()))
            .thenComparing(Finding::subject)
            .thenComparing(Finding::caseId)
            .thenComparing(Finding::reason);

    public Finding {
        clauses = clauses.stream().distinct().sorted().toList();
        worlds = List.copyOf(worlds);
        wording = wording == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(wording));
    }

    /** A finding exposed by a case. */
    public static Finding ofCase(FindingKind kind, List<String> clauses, String subject, String caseId, String reason,
                                 List<String> worlds) {
        return new Finding(kind, clauses, subject, caseId, reason, worlds, null, 0, false, Map.of());
    }

    /** A finding of the draft itself, located in its file. */
    public static Finding ofDraft(FindingKind kind, List<String> clauses, String subject, String reason, Path file,
                                  int line, boolean warning) {
        return new Finding(kind, clauses, subject, "", reason, List.of(), file, line, warning, Map.of());
    }

    /** {@code path:line: kind: reason}, as {@code casus check} prints a static finding. */
    public String located() {
        String where = file == null ? "" : line > 0 ? file + ":" + line + ": " : file + ": ";
        return where + (warning ? "warning: " : "") + kind.label() + ": " + reason;
    }

    /** This finding with the wording of each of its clauses, by clause id. */
    public Finding withWording(Map<String, String> texts) {
        return new Finding(kind, clauses, subject, caseId, reason, worlds, file, line, warning, texts);
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
