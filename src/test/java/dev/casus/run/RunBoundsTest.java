package dev.casus.run;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.RunResult;
import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunBoundsTest {

    private static final String CASES = """
            drafts: [%s]
            cases:
              - id: heavy-strike
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                expect:
                  active: [FR/consult]
              - id: abroad
                incident: {act: missile-strike, actorKind: state, country: PL, killed: 2}
                expect:
                  inactive: [FR/consult]
            """;

    /** Art. 9 denies what Art. 1 concludes, and overrides it: each withdrawal lets Art. 1 conclude again. */
    private static final String CHASING_CLAUSE = """
            package casus.chase;
            rule "deny"
                @clause("Art. 9")
                @overrides("Art. 1")
                @text("Aggression is not aggression.")
            when
                $i : Incident()
                Holds(term == "aggression", incident == $i)
            then
                holdsNot("aggression", $i);
            end
            """;

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        cases = root.resolve("cases");
        Fixtures.write(cases.resolve("test.yaml"), CASES.formatted("test"));
    }

    private void addDraft(String name, String clause) {
        Fixtures.draft(rules, name, Fixtures.DRAFT_YAML, Map.of("clauses.drl", Fixtures.CLAUSES.replace("casus.test", "casus." + name),
                "extra.drl", clause.replace("package casus.chase;", "package casus." + name + ";")));
        Fixtures.write(cases.resolve(name + ".yaml"), CASES.formatted(name));
    }

    private RunResult run(AnalysisOptions options, boolean trust) {
        return Casus.project(rules, cases).threads(2).trustClauses(trust).analysis(options).run();
    }

    private static DraftRun draft(RunResult result, String id) {
        return result.drafts().stream().filter(d -> d.draftId().equals(id)).findFirst().orElseThrow();
    }

    private static CaseRun caseRun(RunResult result, String draft, String caseId) {
        return draft(result, draft).cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
    }

    private static String error(RunResult result, String draft, String caseId) {
        return caseRun(result, draft, caseId).errors().stream().map(Problem::toString).findFirst().orElse("");
    }

    private static boolean passed(RunResult result, String draft) {
        return draft(result, draft).cases().stream().allMatch(c -> c.errors().isEmpty()
                && c.expectations().stream().allMatch(RunResult.ExpectationResult::passed));
    }

    @Test
    void should_fail_only_the_looping_case_and_name_the_clauses_that_chase_each_other() {
        // given: confined clauses that never settle
        addDraft("chase", CHASING_CLAUSE);

        // when
        RunResult result = run(AnalysisOptions.defaults(), false);

        // then
        assertThat(error(result, "chase", "heavy-strike"))
                .contains("case heavy-strike against draft chase: clause Art. ")
                .contains("Art. 9 (" + rules.resolve("chase/extra.drl") + ":2)")
                .contains("times in one world").contains("it may loop").contains("10000").contains("--max-firings");
        assertThat(caseRun(result, "chase", "abroad").errors()).isEmpty();
        assertThat(passed(result, "test")).isTrue();
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void should_fail_a_case_that_fires_more_often_than_the_limit_says_and_pass_it_under_the_default() {
        // when
        RunResult tight = run(AnalysisOptions.defaults().withMaxFirings(3), false);
        RunResult usual = run(AnalysisOptions.defaults(), false);

        // then
        assertThat(error(tight, "test", "heavy-strike")).contains("more than 3 times in all");
        assertThat(passed(usual, "test")).isTrue();
        assertThat(usual.exitCode()).isZero();
    }

    @Test
    void should_stop_a_case_that_waits_in_a_trusted_clause_at_its_time_limit_and_run_the_rest() {
        // given
        addDraft("slow", """
                package casus.chase;
                rule "wait"
                    @clause("Art. 9")
                    @text("Wait.")
                when
                    $i : Incident(killed > 10)
                then
                    Thread.sleep(600000);
                end
                """);

        // when
        RunResult result = run(AnalysisOptions.defaults().withCaseTimeout(Duration.ofMillis(300)), true);

        // then
        assertThat(error(result, "slow", "heavy-strike")).contains("case heavy-strike against draft slow: stopped after 300 ms, "
                + "the time limit for one case (--case-timeout); it was in clause Art. 9");
        assertThat(caseRun(result, "slow", "abroad").errors()).isEmpty();
        assertThat(passed(result, "test")).isTrue();
    }

    @Test
    void should_abandon_a_case_stuck_in_a_trusted_clause_and_not_start_the_cases_of_its_draft_after_it() {
        // given: a clause that ignores interruption (for 20 s, so that the test JVM gets its core back)
        addDraft("stuck", """
                package casus.chase;
                rule "spin"
                    @clause("Art. 9")
                    @text("Spin.")
                when
                    $i : Incident(killed > 10)
                then
                    long end = System.currentTimeMillis() + 20000; while (System.currentTimeMillis() < end) { }
                end
                """);

        // when: one thread, so the case after the stuck one has not started
        RunResult result = Casus.project(rules, cases).threads(1).trustClauses(true)
                .analysis(AnalysisOptions.defaults().withCaseTimeout(Duration.ofMillis(300))).run();

        // then
        assertThat(error(result, "stuck", "heavy-strike")).contains("past the time limit for one case (--case-timeout): clause Art. 9 ("
                + rules.resolve("stuck/extra.drl") + ":2) did not stop and was abandoned");
        assertThat(error(result, "stuck", "abroad")).contains("not run: clause Art. 9").contains("did not stop in case heavy-strike");
        assertThat(passed(result, "test")).isTrue();
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void should_report_a_trusted_clause_that_recurses_without_end_as_a_case_error() {
        // given
        addDraft("deep", """
                package casus.chase;
                function long deeper(long n) { return deeper(n + 1) + 1; }
                rule "deep"
                    @clause("Art. 9")
                    @text("Recurse.")
                when
                    $i : Incident(killed > 10)
                then
                    deeper(0);
                end
                """);

        // when
        RunResult result = run(AnalysisOptions.defaults(), true);

        // then
        assertThat(error(result, "deep", "heavy-strike")).contains("clause Art. 9 (").contains("ran out of stack");
        assertThat(caseRun(result, "deep", "abroad").errors()).isEmpty();
        assertThat(passed(result, "test")).isTrue();
    }

    @Test
    void should_report_a_trusted_clause_that_asks_for_more_memory_than_there_is_as_a_case_error() {
        // given
        addDraft("greedy", """
                package casus.chase;
                rule "greedy"
                    @clause("Art. 9")
                    @text("Allocate.")
                when
                    $i : Incident(killed > 10)
                then
                    long[] all = new long[Integer.MAX_VALUE - 8];
                    all[0] = 1;
                end
                """);

        // when
        RunResult result = run(AnalysisOptions.defaults(), true);

        // then
        assertThat(error(result, "greedy", "heavy-strike")).contains("clause Art. 9 (").contains("ran out of memory");
        assertThat(passed(result, "test")).isTrue();
    }
}
