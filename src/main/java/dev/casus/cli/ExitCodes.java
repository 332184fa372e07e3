package dev.casus.cli;

/** The exit codes every command documents. */
final class ExitCodes {
    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int INTERNAL = 4;

    static final String[] HELP = {
        "Exit codes:",
        "  0  every expectation met",
        "  1  some expectation failed",
        "  2  usage error",
        "  3  invalid rules or cases (each problem printed as path:line[:col]: message)",
        "  4  internal error",
    };

    private ExitCodes() {
    }
}
