package dev.casus.cli;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.api.AnalysisOptions;
import dev.casus.analysis.StaticAnalyser;
import dev.casus.cases.SuiteLoader;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.report.TextReport;
import dev.casus.run.ProjectRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Compile and validate drafts and case files without running any case; print static findings.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:valid (static findings are printed, but do not fail the check)", ExitCodes.USAGE_HELP,
                ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProjectRunner runner = new ProjectRunner(AnalysisOptions.defaults(), Runtime.getRuntime().availableProcessors(),
                false, project.trustClauses);
        ProjectRunner.Drafts drafts = runner.loadDrafts(project.rules);
        List<Problem> problems = new ArrayList<>(drafts.problems());
        Map<String, List<AttributeDeclaration>> attributes = drafts.attributes();
        int suites = 0;
        int badCases = 0;
        ProjectRunner.noCaseFiles(project.cases).ifPresent(problems::add);
        if (Files.exists(project.cases)) {
            for (Path file : ProjectRunner.caseFiles(project.cases)) {
                suites++;
                try {
                    var suite = SuiteLoader.load(file, drafts.all(), attributes);
                    for (var bad : suite.badCases()) {
                        badCases++;
                        problems.addAll(bad.problems());
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        new TreeSet<>(problems).forEach(out::println);
        int findings = 0;
        for (var draft : drafts.loaded().values()) {
            for (var finding : StaticAnalyser.analyse(draft)) {
                out.println(finding.located());
                findings++;
            }
        }
        drafts.loaded().values().forEach(d -> out.println(d.id() + ": " + d.clauses().size() + " clauses, "
                + d.commitments().size() + " commitments, " + d.parties().size() + " parties: ok"));
        out.printf("%d draft%s valid, %d invalid; %d case file%s checked, %d bad case%s; %d problem%s; %d static finding%s%n",
                drafts.loaded().size(), drafts.loaded().size() == 1 ? "" : "s", drafts.invalid().size(),
                suites, suites == 1 ? "" : "s", badCases, badCases == 1 ? "" : "s",
                problems.size(), problems.size() == 1 ? "" : "s", findings, findings == 1 ? "" : "s");
        if (project.trustClauses) {
            out.println(TextReport.NOT_CONFINED);
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
