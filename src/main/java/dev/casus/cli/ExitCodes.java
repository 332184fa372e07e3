package dev.casus.cli;

/**
 * The exit codes of every command, and their lines in each command's help ({@code exitCodeList}): one wording,
 * referenced by the commands that can return the code.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int INTERNAL = 4;

    static final String HEADING = "%nExit codes:%n";
    static final String EXPECTATIONS_MET_HELP = "0:every expectation met";
    static final String EXPECTATION_FAILED_HELP = "1:some expectation failed (or, in strict mode, an unexpected finding)";
    static final String USAGE_HELP = "2:usage error: an unknown option, or a bad option value or argument";
    static final String INVALID_INPUT_HELP = "3:invalid rules or cases, or a case that could not run (a clause failed, looped or ran past its time limit): "
            + "each problem printed as path:line[:col]: message";
    static final String INTERNAL_HELP = "4:internal error: a bug in Casus (CASUS_DEBUG=1 prints its stack trace), "
            + "or the output could not be written (a full disk, a closed pipe)";

    private ExitCodes() {
    }
}
