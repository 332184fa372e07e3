package dev.casus.model;

/** A clause failed while an incident was evaluated, e.g. a constraint compared a number with text. */
public class EvaluationException extends RuntimeException {

    private final String clause;

    public EvaluationException(String clause, String message, Throwable cause) {
        super(message, cause);
        this.clause = clause;
    }

    /** The id of the failing clause, or null when it could not be told. */
    public String clause() {
        return clause;
    }
}
