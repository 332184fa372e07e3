package dev.casus.bench;

import dev.casus.Casus;
import dev.casus.api.RunResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two projects docs/performance.md compares: bench/features uses every feature of the treaty model,
 * bench/plain says the same incidents without them. Both must keep running clean, and the first must keep
 * using each feature, or the comparison means nothing.
 */
class FeatureProjectsTest {

    private static final Path FEATURES = Path.of("bench/features");
    private static final Path PLAIN = Path.of("bench/plain");

    @Test
    void should_run_both_projects_without_a_problem_or_a_case_error() {
        // given / when
        RunResult features = Casus.project(FEATURES.resolve("rules"), FEATURES.resolve("cases")).run();
        RunResult plain = Casus.project(PLAIN.resolve("rules"), PLAIN.resolve("cases")).run();

        // then
        for (RunResult result : new RunResult[] {features, plain}) {
            assertThat(result.problems()).isEmpty();
            assertThat(result.caseErrors()).isZero();
            assertThat(result.exitCode()).isZero();
        }
        assertThat(features.cases()).isEqualTo(16);
        assertThat(plain.cases()).isEqualTo(18);
    }

    @Test
    void should_use_every_feature_in_the_features_project_and_none_in_the_plain_one() throws IOException {
        // given
        String features = text(FEATURES);
        String plain = text(PLAIN);
        String[] used = {"victim:", "onForces: true", "{all: [", "scenarios:", "inForce:", "since:", "group:",
                "decisions:", "by: party", "{by: [", "discretion: content", "awaits:", "victimOf(", "countryOf(",
                "inCountry(", "hasVictim(", "constant(", "isAct(", "decided(", "constants:", "acts:"};

        // then
        assertThat(features).contains(used);
        for (String feature : used) {
            assertThat(plain).doesNotContain(feature);
        }
    }

    private static String text(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(Files::isRegularFile).sorted().map(FeatureProjectsTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
