package dev.casus.cli;

/** The exit codes every command documents. */
final class ExitCodes {
    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int INTERNAL = 4;


    private ExitCodes() {
    }
}
