package dev.casus.cli;

import dev.casus.api.AnalysisOptions;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bounds on a run that every command analysing cases shares: {@code --max-firings} and {@code --case-timeout}. */
final class LimitOptions {

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Most rule firings in one world; more fails the case as a loop (default: ${DEFAULT-VALUE}).")
    int maxFirings = AnalysisOptions.DEFAULT_MAX_FIRINGS;

    @Option(names = "--case-timeout", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Longest time one case may take, e.g. 60s, 500ms, 2m; longer fails the case (default: 60s).")
    Duration caseTimeout = AnalysisOptions.DEFAULT_CASE_TIMEOUT;

    /** {@code options} with these bounds; a usage error when one is out of range. */
    AnalysisOptions applyTo(AnalysisOptions options, CommandLine commandLine) {
        if (maxFirings < 1) {
            throw new ParameterException(commandLine, "--max-firings must be at least 1, not " + maxFirings);
        }
        return options.withMaxFirings(maxFirings).withCaseTimeout(caseTimeout);
    }

    /** A time as a user writes it: {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT1M}. */
    static final class TimeConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Duration time;
            Matcher m = SHORT.matcher(value.strip());
            try {
                if (m.matches()) {
                    double n = Double.parseDouble(m.group(1));
                    long unitMillis = switch (m.group(2)) {
                        case "ms" -> 1;
                        case "s" -> 1000;
                        default -> 60_000;
                    };
                    time = Duration.ofMillis(Math.round(n * unitMillis));
                } else {
                    time = Duration.parse(value.strip());
                }
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time: write e.g. 60s, 500ms or 2m");
            }
            if (time.isNegative() || time.isZero()) {
                throw new TypeConversionException("'" + value + "' is not a time limit: it must be longer than zero, e.g. 60s");
            }
            return time;
        }
    }
}
