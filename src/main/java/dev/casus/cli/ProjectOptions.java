package dev.casus.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;

/** The {@code --rules}, {@code --cases} and {@code --trust-clauses} options every command that reads a project shares. */
final class ProjectOptions {

    static final String TRUST_CLAUSES = "Do not confine the clauses: let them run any Java with the rights of this process. "
            + "Only for drafts you trust; the report says the run was not confined. See docs/security.md.";

    @Option(names = "--rules", paramLabel = "DIR", converter = NonEmptyPath.class, description = "Folder of drafts (default: ${DEFAULT-VALUE}).")
    Path rules = Path.of("rules");

    @Option(names = "--cases", paramLabel = "DIR|FILE", converter = NonEmptyPath.class,
            description = "Case file, or folder of case files (default: ${DEFAULT-VALUE}).")
    Path cases = Path.of("cases");

    @Option(names = "--trust-clauses", description = TRUST_CLAUSES)
    boolean trustClauses;

    /** A path, refusing an empty one (which Java would read as the current folder). */
    static final class NonEmptyPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("the path is empty");
            }
            return Path.of(value);
        }
    }
}
