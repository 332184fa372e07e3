package dev.casus.cli;

import dev.casus.model.InvalidInputException;
import dev.casus.model.EvaluationException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

import java.util.Optional;

/**
 * Maps what a command throws to its exit code: a usage error is 2; a problem in the user's drafts or case files is 3,
 * wherever it is thrown and however it is wrapped; anything else is an internal error, 4.
 */
final class ExitCodeMapper implements IExitCodeExceptionMapper {

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return inputProblem(exception).isPresent() ? ExitCodes.INVALID_INPUT : ExitCodes.INTERNAL;
    }

    /** The problem in the user's input that caused this exception, if that is what caused it. */
    static Optional<RuntimeException> inputProblem(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof EvaluationException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }
}
