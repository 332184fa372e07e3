package dev.casus.model;

/**
 * A case could not be evaluated: a clause failed on it (e.g. a constraint compared a number with
 * text), or it expands into more possible worlds than the limit allows.
 */
public final class EvaluationException extends RuntimeException {

    private final String clause;

    public EvaluationException(String clause, String message, Throwable cause) {
        super(message, cause);
        this.clause = clause;
    }

    /** The id of the failing clause; null when no clause failed, or it could not be told. */
    public String clause() {
        return clause;
    }
}
