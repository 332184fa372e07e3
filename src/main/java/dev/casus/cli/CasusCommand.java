package dev.casus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

// scope = INHERIT: every subcommand prints the same version (casus run --version).
@Command(name = "casus", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Test the wording of security-guarantee clauses against hypothetical incidents.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, BenchCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.EXPECTATIONS_MET_HELP, ExitCodes.EXPECTATION_FAILED_HELP, ExitCodes.USAGE_HELP,
                ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class CasusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
