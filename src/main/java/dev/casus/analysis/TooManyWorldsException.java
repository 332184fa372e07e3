package dev.casus.analysis;

/** A case would expand into more possible worlds than the limit allows. */
public class TooManyWorldsException extends RuntimeException {

    public TooManyWorldsException(String message) {
        super(message);
    }
}
