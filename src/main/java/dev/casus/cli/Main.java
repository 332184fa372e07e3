package dev.casus.cli;

import dev.casus.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

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
                .setOut(standard(System.out, "sun.stdout.encoding"))
                .setErr(standard(System.err, "sun.stderr.encoding"))
                .setExitCodeExceptionMapper(EXIT_CODES)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::failure)
                .setExecutionStrategy(Main::executeAndCheckOutput);
    }

    /**
     * A writer on a standard stream, in the charset picocli would use, whose {@code checkError()} reports a
     * failed write: picocli's own writer wraps the stream so that its errors never reach the writer.
     */
    private static PrintWriter standard(PrintStream stream, String encodingProperty) {
        Charset charset = Charset.defaultCharset();
        String name = System.getProperty(encodingProperty);
        if (name != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
            } catch (IllegalArgumentException e) {
                // an unknown encoding: keep the default, as picocli does
            }
        }
        return new PrintWriter(stream, true, charset);
    }

    /**
     * Runs the command (or prints the help or version it asked for), then makes sure its output was written:
     * a report lost on a full disk or a closed pipe is exit 4 with a message, never a silent success.
     */
    private static int executeAndCheckOutput(ParseResult parsed) {
        int exit = new CommandLine.RunLast().execute(parsed);
        List<CommandLine> chain = parsed.asCommandLineList();
        CommandLine command = chain.get(chain.size() - 1);
        PrintWriter out = command.getOut();
        out.flush();
        if (!out.checkError()) {
            return exit;
        }
        boolean help = chain.stream().anyMatch(CommandLine::isUsageHelpRequested);
        boolean version = chain.stream().anyMatch(CommandLine::isVersionHelpRequested);
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": cannot write the " + (help ? "help" : version ? "version" : "report")
                + " to standard output (no space left on the device, or the reader closed it?)");
        err.flush();
        return ExitCodes.INTERNAL;
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
