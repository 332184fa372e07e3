package dev.casus.report;

import dev.casus.model.Problem;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.Verdict;
import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.Coverage;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import dev.casus.api.RunResult.NotRun;
import dev.casus.api.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The drafter's report: per draft, a matrix of cases against commitments, then the undetermined
 * answers with what they depend on, the findings, failed expectations, problems, and a summary line.
 */
public final class TextReport {

    private static final int CASE_WIDTH = 36;

    /** The line a run with trusted clauses ends with. */
    public static final String NOT_CONFINED =
            "clauses not confined (--trust-clauses): they could run any Java with the rights of this process";

    private TextReport() {
    }

    public static String render(RunResult result) {
        StringBuilder out = new StringBuilder();
        for (DraftRun run : result.drafts()) {
            draft(out, run);
        }
        List<String> failures = new ArrayList<>();
        for (DraftRun run : result.drafts()) {
            for (Finding f : run.strictFailures()) {
                failures.add(f.located().replaceFirst(f.kind().label() + ": ", "unexpected " + f.kind().label()
                        + " finding (strict; expect it in a case, or change the draft): "));
            }
            for (CaseRun c : run.cases()) {
                for (ExpectationResult r : c.expectations()) {
                    if (!r.passed()) {
                        failures.add(location(c.file(), r.expectation().line()) + ": case " + c.caseId() + " ("
                                + run.draftId() + "): " + (r.unexpected() ? r.actual()
                                : "expected " + r.expectation().describe() + ", got " + r.actual()));
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            out.append("Failed expectations\n");
            failures.forEach(f -> out.append("  ").append(f).append('\n'));
            out.append('\n');
        }
        if (!result.notRun().isEmpty()) {
            out.append("Not run\n");
            java.util.Map<String, List<NotRun>> byReason = new java.util.LinkedHashMap<>();
            result.notRun().forEach(n -> byReason.computeIfAbsent(n.reason(), k -> new ArrayList<>()).add(n));
            byReason.forEach((reason, cases) -> {
                out.append("  ").append(reason).append(": ").append(cases.size()).append(" case").append(plural(cases.size()))
                        .append(" not run\n");
                cases.forEach(n -> out.append("    ").append(location(n.file(), n.line())).append(": ").append(n.caseId()).append('\n'));
            });
            out.append('\n');
        }
        Set<Problem> problems = new TreeSet<>(result.problems());
        for (DraftRun run : result.drafts()) {
            for (CaseRun c : run.cases()) {
                problems.addAll(c.errors());
            }
        }
        if (!problems.isEmpty()) {
            out.append("Problems\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
            out.append('\n');
        }
        out.append(summary(result)).append('\n');
        if (!result.confined()) {
            out.append(NOT_CONFINED).append('\n');
        }
        return out.toString();
    }

    /**
     * One line: drafts, cases, expectations passed and failed, and what could not run, ending with the cases
     * not run and why when there are any.
     */
    public static String summary(RunResult result) {
        String line = String.format("%d draft%s, %d case run%s, %d expectation%s: %d passed, %d failed; "
                        + "%d case error%s, %d invalid draft%s, %d invalid case file%s",
                result.drafts().size(), plural(result.drafts().size()),
                result.cases(), plural(result.cases()),
                result.passed() + result.failed(), plural(result.passed() + result.failed()),
                result.passed(), result.failed(),
                result.caseErrors(), plural(result.caseErrors()),
                result.invalidDrafts().size(), plural(result.invalidDrafts().size()),
                result.invalidSuites().size(), plural(result.invalidSuites().size()));
        if (result.notRun().isEmpty()) {
            return line;
        }
        Set<String> failedDrafts = new TreeSet<>();
        result.notRun().forEach(n -> failedDrafts.add(n.draftId()));
        return line + String.format(", %d case%s not run (draft%s %s did not load)", result.notRun().size(),
                plural(result.notRun().size()), plural(failedDrafts.size()), String.join(", ", failedDrafts));
    }

    private static void draft(StringBuilder out, DraftRun run) {
        out.append(run.draftId()).append(": ").append(run.title());
        if (!run.version().isEmpty()) {
            out.append(" (v").append(run.version()).append(')');
        }
        out.append('\n');
        List<String> columns = columns(run);
        if (columns.isEmpty() || run.cases().isEmpty()) {
            out.append("  no cases name this draft\n\n");
            return;
        }
        out.append("  commitments:\n");
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            boolean discretion = run.discretion().contains(column.substring(column.indexOf('/') + 1));
            out.append(String.format("  %3d  %s%s%n", i + 1, column, discretion ? "   (content at the party's discretion)" : ""));
        }
        out.append("  ").append(Symbols.LEGEND).append("\n\n");
        StringBuilder header = new StringBuilder("  " + pad("case", CASE_WIDTH));
        for (int i = 0; i < columns.size(); i++) {
            header.append(String.format("%3d", i + 1));
        }
        header.append("   expectations");
        out.append(header.toString().stripTrailing()).append('\n');
        Path lastFile = null;
        for (CaseRun c : run.cases()) {
            if (!c.file().equals(lastFile)) {
                out.append("  ").append(c.file()).append('\n');
                lastFile = c.file();
            }
            StringBuilder row = new StringBuilder("    " + pad(c.caseId(), CASE_WIDTH - 2));
            for (String column : columns) {
                String symbol = c.analysis() == null ? "!" : c.analysis().commitment(column)
                        .map(a -> Symbols.of(a.verdict())).orElse(Symbols.of(Verdict.INACTIVE));
                row.append("  ").append(symbol);
            }
            row.append("   ").append(c.isError() ? "error" : c.expectations().isEmpty() ? "-"
                    : c.passed() + "/" + c.expectations().size() + (c.failed() == 0 ? " ok" : " FAILED"));
            out.append(row).append('\n');
        }
        out.append('\n');
        List<String> undetermined = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> overTime = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        java.util.Map<String, List<String>> byClause = new java.util.TreeMap<>();
        for (CaseRun c : run.cases()) {
            CaseAnalysis a = c.analysis();
            if (a == null) {
                continue;
            }
            java.util.Map<String, List<String>> subjectsByReason = new java.util.LinkedHashMap<>();
            for (Answer answer : a.commitments().values()) {
                if (answer.verdict() == Verdict.UNDETERMINED) {
                    subjectsByReason.computeIfAbsent(answer.describe() + clausesNote(answer), k -> new ArrayList<>())
                            .add(answer.subject());
                }
            }
            subjectsByReason.forEach((reason, subjects) ->
                    undetermined.add(c.caseId() + ": " + String.join(", ", subjects) + " " + reason));
            java.util.Map<String, List<String>> subjectsByWait = new java.util.LinkedHashMap<>();
            for (Answer answer : a.commitments().values()) {
                a.waitsOn(answer.subject()).ifPresent(w -> subjectsByWait.computeIfAbsent(w, k -> new ArrayList<>()).add(answer.subject()));
            }
            subjectsByWait.forEach((wait, subjects) ->
                    waiting.add(c.caseId() + ": " + String.join(", ", subjects) + " conditional: " + wait));
            a.outOfTime().forEach(reason -> dates.add(c.caseId() + ": " + reason));
            java.util.Map<String, List<String>> subjectsByHistory = new java.util.LinkedHashMap<>();
            java.util.stream.Stream.concat(a.commitments().keySet().stream(), a.terms().keySet().stream())
                    .forEach(key -> a.describeHistory(key).ifPresent(h -> subjectsByHistory
                            .computeIfAbsent(h, k -> new ArrayList<>()).add(a.terms().containsKey(key) ? "\"" + key + "\"" : key)));
            subjectsByHistory.forEach((history, subjects) ->
                    overTime.add(c.caseId() + ": " + String.join(", ", subjects) + ": " + history));
            if (!a.findings().isEmpty()) {
                findings.add(c.caseId() + ": " + String.join(", ", a.findings().stream()
                        .map(f -> f.kind().label() + (f.clauses().isEmpty() ? "" : " (" + String.join(", ", f.clauses()) + ")"))
                        .distinct().toList()));
            }
            for (Finding f : a.findings()) {
                byClause.computeIfAbsent(f.clauses().isEmpty() ? "" : String.join(" + ", f.clauses()), k -> new ArrayList<>())
                        .add(f.kind().label() + " [" + c.caseId() + "]: " + f.reason()
                                + (f.worlds().isEmpty() ? "" : " (in worlds: " + String.join(" | ", f.worlds()) + ")"));
            }
        }
        if (!undetermined.isEmpty()) {
            out.append("  undetermined\n");
            undetermined.forEach(u -> out.append("    ").append(u).append('\n'));
            out.append('\n');
        }
        if (!waiting.isEmpty()) {
            out.append("  conditional (the decisions the case does not state)\n");
            waiting.forEach(w -> out.append("    ").append(w).append('\n'));
            out.append('\n');
        }
        if (!overTime.isEmpty()) {
            out.append("  over time (the answers as facts became known, from the case's updates)\n");
            overTime.forEach(h -> out.append("    ").append(h).append('\n'));
            out.append('\n');
        }
        if (!dates.isEmpty()) {
            out.append("  dates (what the draft's and its parties' dates leave out)\n");
            dates.forEach(d -> out.append("    ").append(d).append('\n'));
            out.append('\n');
        }
        if (!findings.isEmpty()) {
            out.append("  findings per case\n");
            findings.forEach(f -> out.append("    ").append(f).append('\n'));
            out.append('\n');
        }
        java.util.Map<String, String> wording = new java.util.TreeMap<>();
        run.findings().forEach(f -> wording.putAll(f.wording()));
        run.cases().stream().filter(c -> c.analysis() != null)
                .forEach(c -> c.analysis().findings().forEach(f -> wording.putAll(f.wording())));
        for (Finding f : run.findings()) {
            byClause.computeIfAbsent(f.clauses().isEmpty() ? "" : String.join(" + ", f.clauses()), k -> new ArrayList<>())
                    .add((f.warning() ? "warning: " : "") + f.kind().label() + " [" + location(f.file(), f.line()) + "]: " + f.reason());
        }
        if (!byClause.isEmpty()) {
            out.append("  findings by clause\n");
            byClause.forEach((clauses, lines) -> {
                out.append("    ").append(clauses.isEmpty() ? "(the draft as a whole)" : clauses).append('\n');
                for (String id : clauses.isEmpty() ? List.<String>of() : List.of(clauses.split(" \\+ "))) {
                    if (wording.containsKey(id)) {
                        out.append("      ").append(id).append(": \"").append(wording.get(id)).append("\"\n");
                    }
                }
                lines.forEach(l -> out.append("      ").append(l).append('\n'));
            });
            out.append('\n');
        }
        Coverage coverage = run.coverage();
        out.append(String.format("  coverage: %d of %d clauses %s (%.1f%%)%s%s%n%n", coverage.effective(), coverage.clauses(),
                coverage.masked().isEmpty() ? "fired" : "take effect", coverage.percent(),
                coverage.masked().isEmpty() ? "" : "; masked (fired, never took effect): " + String.join(", ", coverage.masked()),
                coverage.neverFired().isEmpty() ? "" : "; never fired: " + String.join(", ", coverage.neverFired())));
    }

    private static String clausesNote(Answer answer) {
        Set<String> clauses = new TreeSet<>();
        answer.dependsOn().forEach(d -> clauses.addAll(d.clauses()));
        return clauses.isEmpty() ? "" : " (turns on " + String.join(", ", clauses) + ")";
    }

    /** Every commitment the draft declares as owed, plus any a clause activated for another party. */
    static List<String> columns(DraftRun run) {
        Set<String> keys = new TreeSet<>(run.commitments());
        for (CaseRun c : run.cases()) {
            if (c.analysis() != null) {
                keys.addAll(c.analysis().commitments().keySet());
            }
        }
        return List.copyOf(keys);
    }

    private static String location(Path file, int line) {
        return file == null ? "" : new Problem(file, line, 0, "x").toString().replaceFirst(": x$", "");
    }

    private static String pad(String s, int width) {
        if (s.length() >= width) {
            return s.substring(0, width - 1) + "\u2026";
        }
        return s + " ".repeat(width - s.length());
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
