package dev.casus.model;

import java.util.List;
import java.util.stream.Collectors;

/** A draft or case file that cannot be used, with every problem found in it. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = problems.stream().sorted().toList();
    }

    /** Every problem, sorted by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }
}
