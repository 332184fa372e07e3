package dev.casus.testing;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's own drafts and case files, run as JUnit tests: one container per case. */
class RepositorySuitesTest {

    @TestFactory
    Stream<DynamicNode> shipped_drafts_meet_every_expectation_of_their_cases() {
        return CasusTests.suite(Path.of("rules"), Path.of("cases"));
    }
}
