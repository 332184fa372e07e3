package dev.casus.run;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.api.RunResult;
import dev.casus.api.RunResult.NotRun;
import dev.casus.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A project run through the Java API keeps the cases of a draft that did not load: not run, with the reason. */
class NotRunTest {

    private static final String CASES = """
            drafts: [%s]
            cases:
              - id: heavy-strike
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                expect:
                  active: [FR/consult]
              - id: typo
                incident: {act: missile-strike, kiled: 3}
            """;

    @TempDir
    Path root;

    @Test
    void should_carry_the_cases_of_a_draft_that_did_not_load_as_not_run_and_exit_3() {
        // given: 'broken' fails to load, 'test' loads; one file tests both, one tests 'broken' alone
        Path rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        Fixtures.draft(rules, "broken", Fixtures.DRAFT_YAML, Map.of("clauses.drl",
                Fixtures.CLAUSES.replace("casus.test", "casus.broken").replace("killed >= 10", "kiled >= 10")));
        Path cases = root.resolve("cases");
        Fixtures.write(cases.resolve("both.yaml"), CASES.formatted("test, broken"));
        Fixtures.write(cases.resolve("broken.yaml"), CASES.formatted("broken"));

        // when
        RunResult result = Casus.project(rules, cases).threads(2).run();

        // then
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.invalidDrafts()).containsExactly("broken");
        assertThat(result.notRun()).extracting(NotRun::draftId, n -> n.file().getFileName().toString(), NotRun::caseId, NotRun::line)
                .containsExactly(
                        tuple("broken", "both.yaml", "heavy-strike", 3),
                        tuple("broken", "both.yaml", "typo", 7),
                        tuple("broken", "broken.yaml", "heavy-strike", 3),
                        tuple("broken", "broken.yaml", "typo", 7));
        assertThat(result.notRun()).extracting(NotRun::reason).containsOnly("draft broken did not load");
        assertThat(result.cases()).isEqualTo(2);
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.caseErrors()).isEqualTo(1);
        assertThat(result.problems()).extracting(Problem::toString)
                .contains(cases.resolve("broken.yaml") + ":8:37: unknown field 'kiled' in an incident (did you mean 'killed'?)")
                .noneMatch(p -> p.startsWith(cases.resolve("both.yaml").toString()));
        assertThat(result.drafts()).singleElement().satisfies(d -> assertThat(d.cases()).extracting(c -> c.caseId())
                .containsExactly("heavy-strike", "typo"));
    }

    @Test
    void should_give_the_same_not_run_list_whatever_the_thread_count() {
        // given
        Path rules = root.resolve("rules");
        Fixtures.draft(rules, "broken", Fixtures.DRAFT_YAML, Map.of("clauses.drl", "package casus.broken;\nrule \"x\" when then end garbage"));
        Path cases = root.resolve("cases");
        for (int i = 0; i < 5; i++) {
            Fixtures.write(cases.resolve("c" + i + ".yaml"), CASES.formatted("broken"));
        }

        // when
        RunResult one = Casus.project(rules, cases).threads(1).run();
        RunResult four = Casus.project(rules, cases).threads(4).run();

        // then
        assertThat(one.notRun()).hasSize(10).isEqualTo(four.notRun());
        assertThat(one.problems()).isEqualTo(four.problems());
    }

    @Test
    void should_have_nothing_not_run_when_every_draft_loads() {
        // given
        Path rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        Path cases = Fixtures.write(root.resolve("cases/test.yaml"), CASES.formatted("test").replace("kiled", "killed"));

        // when
        RunResult result = Casus.project(rules, cases).run();

        // then
        assertThat(result.notRun()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }
}
