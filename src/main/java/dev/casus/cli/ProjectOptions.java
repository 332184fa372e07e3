package dev.casus.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --rules} and {@code --cases} options every command that reads a project shares. */
final class ProjectOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of drafts (default: ${DEFAULT-VALUE}).")
    Path rules = Path.of("rules");

    @Option(names = "--cases", paramLabel = "DIR|FILE", description = "Case file, or folder of case files (default: ${DEFAULT-VALUE}).")
    Path cases = Path.of("cases");
}
