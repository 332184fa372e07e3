package dev.casus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "casus", mixinStandardHelpOptions = true, version = "casus 0.1.0",
        header = "Test the wording of security-guarantee clauses against hypothetical incidents.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, BenchCommand.class},
        footer = {"", "Exit codes:", "  0  every expectation met", "  1  some expectation failed", "  2  usage error",
                "  3  invalid rules or cases", "  4  internal error"})
final class CasusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
