package dev.casus.cli;

import dev.casus.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.casus.cli.CliRun.casus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitOptionsTest {

    private static final String CASES = """
            drafts: [test]
            cases:
              - id: heavy-strike
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                expect:
                  active: [FR/consult]
            """;

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        cases = Fixtures.write(root.resolve("cases/test.yaml"), CASES);
    }

    @ParameterizedTest
    @CsvSource({"60s,60000", "1.5s,1500", "500ms,500", "2m,120000", "PT3S,3000"})
    void should_read_a_time_limit_as_a_user_writes_it(String written, long millis) {
        // when / then
        assertThat(new LimitOptions.TimeConverter().convert(written)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"--max-firings,0,--max-firings must be at least 1", "--case-timeout,soon,'soon' is not a time",
            "--case-timeout,0s,must be longer than zero", "--case-timeout,-5s,'-5s' is not a time"})
    void should_exit_2_and_say_what_is_wrong_with_a_bad_limit(String option, String value, String says) {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), option, value);

        // then
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(says).doesNotContain("Exception");
    }

    @Test
    void should_fail_the_case_with_exit_3_in_run_and_explain_when_it_fires_more_often_than_the_limit() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--max-firings", "2");
        CliRun explain = casus("explain", "--rules", rules.toString(), cases + "#heavy-strike", "--max-firings", "2");

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases + ":3: case heavy-strike against draft test: clause Art. ")
                .contains("it may loop").contains("more than 2 times in all");
        assertThat(explain.exit()).isEqualTo(3);
        assertThat(explain.err()).contains(cases + ":3: case heavy-strike against draft test: clause Art. ").contains("more than 2 times");
    }

    @Test
    void should_pass_under_the_default_limits() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_refuse_a_time_that_is_not_one() {
        // when / then
        assertThatThrownBy(() -> new LimitOptions.TimeConverter().convert("12 parsecs"))
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining("write e.g. 60s, 500ms or 2m");
    }
}
