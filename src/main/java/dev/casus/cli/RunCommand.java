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
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Evaluate every draft against the case files that name it: matrix, findings, summary.",
        footerHeading = "%n", footer = {"Exit codes:", "  0  every expectation met", "  1  some expectation failed",
                "  2  usage error", "  3  invalid rules or cases", "  4  internal error"})
final class RunCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

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
        if (threads < 1 || maxWorlds < 1) {
            spec.commandLine().getErr().println("casus run: --threads and --max-worlds must be at least 1");
            return ExitCodes.USAGE;
        }
        if (!(decimalTolerance >= 0 && decimalTolerance < 1)) {
            spec.commandLine().getErr().println("casus run: --decimal-tolerance must be from 0 up to (not including) 1");
            return ExitCodes.USAGE;
        }
        AnalysisOptions options = AnalysisOptions.defaults().withMaxWorlds(maxWorlds).withDecimalTolerance(decimalTolerance);
        RunResult result = new ProjectRunner(options, threads, strict).run(project.rules, project.cases);
        String report = format == Format.json ? JsonReport.render(result) : TextReport.render(result);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (format == Format.json && !result.problems().isEmpty()) {
            result.problems().forEach(p -> spec.commandLine().getErr().println(p));
        }
        return result.exitCode();
    }
}
