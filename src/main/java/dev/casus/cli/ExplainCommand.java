package dev.casus.cli;


import dev.casus.model.InvalidInputException;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.Verdict;
import dev.casus.model.Case;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.EvaluationException;
import dev.casus.api.WorldResult;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.report.TextReport;
import dev.casus.run.ProjectRunner;
import dev.casus.yaml.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Explain one case: for each commitment, the chain of clauses in words, down to the incident's facts.",
        footerHeading = "%n", footer = {"Example:", "  ./casus explain cases/coalition.yaml#mass-missile-strike \\", "      --commitment FR/consult"},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:explained", ExitCodes.USAGE_HELP,
                ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE#CASE", description = "The case file and the case id, joined by '#'.")
    String target;

    @Option(names = "--commitment", paramLabel = "ID", description = "A commitment (party/commitment, or just the commitment id for every party) or a term.")
    String commitment;

    @Option(names = "--draft", paramLabel = "ID", description = "Only this draft, when the case file tests several.")
    String draftId;

    @Option(names = "--rules", paramLabel = "DIR", converter = ProjectOptions.NonEmptyPath.class, description = "Folder of drafts (default: ${DEFAULT-VALUE}).")
    Path rules = Path.of("rules");

    @Option(names = "--trust-clauses", description = ProjectOptions.TRUST_CLAUSES)
    boolean trustClauses;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int hash = target.lastIndexOf('#');
        if (hash <= 0 || hash == target.length() - 1) {
            throw new ParameterException(spec.commandLine(),
                    "write the case as FILE#CASE, e.g. cases/coalition.yaml#mass-missile-strike, not '" + target + "'");
        }
        Path file = Path.of(target.substring(0, hash));
        String caseId = target.substring(hash + 1);
        ProjectRunner runner = new ProjectRunner(limits.applyTo(AnalysisOptions.defaults(), spec.commandLine()), 1, false, trustClauses);
        ProjectRunner.Drafts drafts = runner.loadDrafts(rules);
        Map<String, List<AttributeDeclaration>> attributes = drafts.attributes();
        Suite suite;
        try {
            suite = SuiteLoader.load(file, drafts.all(), attributes);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Case> found = suite.cases().stream().filter(c -> c.id().equals(caseId)).findFirst();
        if (found.isEmpty()) {
            Optional<Suite.BadCase> bad = suite.badCases().stream().filter(b -> b.id().equals(caseId)).findFirst();
            if (bad.isPresent()) {
                bad.get().problems().forEach(err::println);
                return ExitCodes.INVALID_INPUT;
            }
            throw new ParameterException(spec.commandLine(), file + " has no case '" + caseId + "'"
                    + Suggest.hint(caseId, suite.cases().stream().map(Case::id).toList()));
        }
        if (draftId != null && !drafts.all().contains(draftId)) {
            throw new ParameterException(spec.commandLine(), "--draft: no draft '" + draftId + "' in " + rules
                    + Suggest.hint(draftId, drafts.all()));
        }
        Case theCase = found.get();
        List<String> draftIds = draftId == null ? suite.drafts() : List.of(draftId);
        int exit = ExitCodes.OK;
        for (String id : draftIds) {
            CompiledDraft draft = drafts.loaded().get(id);
            if (draft == null) {
                Path folder = rules.resolve(id).normalize();
                drafts.problems().stream().filter(p -> p.file().normalize().startsWith(folder)).forEach(err::println);
                err.println("casus explain: draft " + id + " did not load, so case " + caseId + " was not run against it");
                exit = ExitCodes.INVALID_INPUT;
                continue;
            }
            try {
                explain(out, runner, draft, theCase);
            } catch (EvaluationException e) {
                err.println(file + ":" + theCase.line() + ": case " + caseId + " against draft " + id + ": " + e.getMessage());
                exit = ExitCodes.INVALID_INPUT;
            }
        }
        if (trustClauses) {
            out.println(TextReport.NOT_CONFINED);
        }
        out.flush();
        return exit;
    }

    private void explain(PrintWriter out, ProjectRunner runner, CompiledDraft draft, Case theCase) {
        CaseAnalysis analysis = runner.analyseOne(draft, theCase);
        out.println("Case " + theCase.id() + ": " + theCase.title());
        out.println("Draft " + draft.id() + ": " + draft.title() + "; " + analysis.worlds().size()
                + " possible world" + (analysis.worlds().size() == 1 ? "" : "s"));
        analysis.outOfTime().forEach(reason -> out.println("Dates: " + reason));
        if (!analysis.history().isEmpty()) {
            out.println("Explained on everything known, as of " + analysis.history().get(analysis.history().size() - 1).at()
                    + "; what became known when:");
            analysis.history().forEach(asOf -> out.println("  " + asOf.at() + (asOf.note() == null ? "" : ": " + asOf.note())));
        }
        List<Answer> subjects = new ArrayList<>();
        if (commitment != null) {
            analysis.commitments().values().stream()
                    .filter(a -> a.subject().equals(commitment) || a.subject().endsWith("/" + commitment))
                    .forEach(subjects::add);
            if (analysis.terms().containsKey(commitment)) {
                subjects.add(analysis.terms().get(commitment));
            }
            if (subjects.isEmpty()) {
                List<String> known = new ArrayList<>(analysis.commitments().keySet());
                known.addAll(analysis.terms().keySet());
                throw new ParameterException(spec.commandLine(), "draft " + draft.id() + " has no commitment or term '"
                        + commitment + "'" + Suggest.hint(commitment, known));
            }
        } else {
            analysis.commitments().values().stream().filter(a -> a.verdict() != Verdict.INACTIVE).forEach(subjects::add);
            // Every term some clause concluded, either way: an exception that set a term aside is part of the answer.
            subjects.addAll(analysis.terms().values());
            if (subjects.isEmpty()) {
                out.println("\nNo commitment activates and no clause concludes anything, in any world"
                        + (analysis.results().stream().noneMatch(WorldResult::inForce) ? ": the draft is not in force then." : "."));
            }
        }
        for (Answer answer : subjects) {
            out.println();
            out.println(answer.subject() + ": " + answer.describe());
            analysis.describeHistory(answer.subject()).ifPresent(h -> out.println("  over time: " + h));
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < analysis.results().size(); i++) {
                WorldResult r = analysis.results().get(i);
                String outcome = r.explain(answer.subject()).map(e -> e.render()).orElse(
                        "  " + answer.subject() + (analysis.terms().containsKey(answer.subject()) ? " is not concluded" : " is inactive")
                                + ": no clause concluded it\n");
                groups.computeIfAbsent(outcome, k -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
                if (analysis.worlds().size() > 1) {
                    List<Integer> worlds = group.getValue();
                    out.println("  in " + worlds.size() + " of " + analysis.worlds().size() + " worlds, e.g. "
                            + analysis.worlds().get(worlds.get(0)).describe() + ":");
                }
                group.getKey().lines().forEach(line -> out.println("    " + line));
            }
        }
        if (!analysis.findings().isEmpty()) {
            out.println();
            out.println("Findings:");
            for (Finding f : analysis.findings()) {
                out.println("  " + f.kind().label() + (f.clauses().isEmpty() ? "" : " on " + String.join(" + ", f.clauses()))
                        + ": " + f.reason());
            }
        }
        out.println();
    }
}
