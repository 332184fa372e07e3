package dev.casus.cli;

import dev.casus.api.AnalysisOptions;
import dev.casus.report.JsonReport;
import dev.casus.report.TextReport;
import dev.casus.run.ProjectRunner;
import dev.casus.api.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Evaluate every draft against the case files that name it: matrix, findings, summary.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.EXPECTATIONS_MET_HELP, ExitCodes.EXPECTATION_FAILED_HELP, ExitCodes.USAGE_HELP,
                ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class RunCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    LimitOptions limits;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--threads", paramLabel = "N", description = "Cases analysed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-worlds", paramLabel = "N", description = "Most possible worlds per case (default: ${DEFAULT-VALUE}).")
    int maxWorlds = AnalysisOptions.DEFAULT_MAX_WORLDS;

    @Option(names = "--decimal-tolerance", paramLabel = "R",
            description = "How close, relative to a threshold, a decimal fact counts as beside it (default: ${DEFAULT-VALUE}, i.e. 5%%).")
    double decimalTolerance = AnalysisOptions.DEFAULT_DECIMAL_TOLERANCE;

    @Option(names = "--strict", description = "Fail on every finding that no case expects, as if each case file said strict: true.")
    boolean strict;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (maxWorlds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-worlds must be at least 1, not " + maxWorlds);
        }
        if (!(decimalTolerance >= 0 && decimalTolerance < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--decimal-tolerance must be from 0 up to (not including) 1, not " + decimalTolerance);
        }
        AnalysisOptions options = limits.applyTo(AnalysisOptions.defaults().withMaxWorlds(maxWorlds).withDecimalTolerance(decimalTolerance), spec.commandLine());
        RunResult result = new ProjectRunner(options, threads, strict, project.trustClauses).run(project.rules, project.cases);
        String report = format == Format.json ? JsonReport.render(result) : TextReport.render(result);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (format == Format.json && !result.problems().isEmpty()) {
            result.problems().forEach(p -> spec.commandLine().getErr().println(p));
        }
        return result.exitCode();
    }
}
