package dev.casus.cli;

import dev.casus.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/** The {@code casus} command line. */
public final class Main {

    private static final ExitCodeMapper EXIT_CODES = new ExitCodeMapper();

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new CasusCommand())
                .setExitCodeExceptionMapper(EXIT_CODES)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::failure);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return EXIT_CODES.getExitCode(e);
    }

    /** A problem in the user's files as {@code path:line[:col]: message} lines; anything else in one line, no trace. */
    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int exit = EXIT_CODES.getExitCode(e);
        if (exit == ExitCodes.INVALID_INPUT) {
            RuntimeException problem = ExitCodeMapper.inputProblem(e).orElseThrow();
            err.println(problem instanceof InvalidInputException
                    ? problem.getMessage() : command.getCommandSpec().qualifiedName() + ": " + problem.getMessage());
        } else {
            String what = String.valueOf(e).lines().findFirst().orElse(e.getClass().getName());
            err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + what
                    + " (please report it; CASUS_DEBUG=1 shows the stack trace)");
            if (System.getenv("CASUS_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return exit;
    }
}
