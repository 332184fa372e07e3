package dev.casus.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@code casus} command did, as the CLI tests run it in-process: its exit code and both streams. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code casus} with these arguments. */
    static CliRun casus(String... args) {
        return casus(Main.commandLine(), args);
    }

    /** Runs an already configured command line, e.g. one whose output streams a test replaced. */
    static CliRun casus(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
