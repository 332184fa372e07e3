package dev.casus.bench;

import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkloadTest {

    private static final String CASES = """
            drafts: [test]
            cases:
              - id: heavy-strike
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
              - id: uncertain-toll
                incident: {act: missile-strike, actorKind: state, country: UA, killed: {from: 0, to: 30}}
              - id: abroad
                incident: {act: missile-strike, actorKind: state, country: PL, killed: 12}
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

    @Test
    void should_expand_every_case_into_its_possible_worlds_when_loading() {
        // when
        Workload workload = Workload.load(rules, cases);

        // then: killed 0..30 around the threshold 10 gives 0, 9, 10, 11, 30
        assertThat(workload.drafts()).isEqualTo(1);
        assertThat(workload.caseRuns()).isEqualTo(3);
        assertThat(workload.worlds()).isEqualTo(1 + 5 + 1);
    }

    @Test
    void should_fire_the_same_rules_in_a_reused_session_as_in_fresh_ones_and_keep_no_fact_between_worlds() {
        // given
        Workload workload = Workload.load(rules, cases);
        List<Integer> fresh = new ArrayList<>();
        List<Integer> reused = new ArrayList<>();
        List<Long> leftOver = new ArrayList<>();

        // when
        workload.freshSessions(fresh::add);
        try (Workload.ReusedSessions sessions = workload.openReusedSessions()) {
            for (int pass = 0; pass < 3; pass++) {
                reused.clear();
                sessions.pass(reused::add);
                leftOver.add(sessions.factCount());
            }
        }

        // then: heavy-strike fires aggression, armed attack, consult and assist for FR and DE, and
        // Casus' decision rule once for each of the two terms
        assertThat(fresh).hasSize(workload.worlds()).startsWith(8);
        assertThat(reused).isEqualTo(fresh);
        assertThat(leftOver).containsOnly(0L);
    }

    @Test
    void should_fire_the_same_rules_in_reused_sessions_as_in_fresh_ones_on_the_shipped_project() {
        // given
        Workload workload = Workload.load(Path.of("rules"), Path.of("cases"));
        List<Integer> fresh = new ArrayList<>();
        List<Integer> reused = new ArrayList<>();
        long leftOver;

        // when
        workload.freshSessions(fresh::add);
        try (Workload.ReusedSessions sessions = workload.openReusedSessions()) {
            sessions.pass(i -> { });
            sessions.pass(reused::add);
            leftOver = sessions.factCount();
        }

        // then
        assertThat(reused).isEqualTo(fresh);
        assertThat(leftOver).isZero();
    }

    @Test
    void should_hand_every_world_and_every_case_run_to_the_sink() {
        // given
        Workload workload = Workload.load(rules, cases);
        List<Object> evaluated = new ArrayList<>();
        List<Object> analysed = new ArrayList<>();

        // when
        workload.evaluate(evaluated::add);
        workload.analyse(true, analysed::add);
        workload.analyse(false, analysed::add);

        // then
        assertThat(evaluated).hasSize(workload.worlds());
        assertThat(analysed).hasSize(2 * workload.caseRuns());
    }

    @Test
    void should_report_every_located_problem_when_a_case_file_is_invalid() {
        // given
        Path bad = Fixtures.write(root.resolve("cases/bad.yaml"),
                "drafts: [test]\ncases:\n  - id: x\n    incident: {act: invasion, zone: moon}\n");

        // when / then
        assertThatThrownBy(() -> Workload.load(rules, root.resolve("cases")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString(bad + ":4:37: unknown value 'moon' for zone; allowed: land, territorial-sea, airspace, eez-or-seabed, high-seas, abroad, international-airspace"));
    }

    @Test
    void should_report_a_clause_that_fails_at_run_time_before_measuring() {
        // given
        Fixtures.testDraft(rules, Map.of("failing.drl", """
                package casus.test;

                rule "failing"
                    @clause("Art. 9")
                    @text("Any strike.")
                when
                    $i : Incident()
                then
                    activate("consult", null);
                end
                """));

        // when / then
        assertThatThrownBy(() -> Workload.load(rules, cases))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).first()
                        .hasToString(cases + ":3: case heavy-strike against draft test: clause Art. 9 ("
                                + rules.resolve("test/failing.drl") + ":3) failed: the party must not be null"));
    }

    @Test
    void should_have_the_jmh_harness_of_every_layer_generated_by_the_build() throws IOException {
        // when
        String list;
        try (InputStream in = Layers.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("META-INF/BenchmarkList, written by JMH's annotation processor").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        // then
        for (BenchRunner.Layer layer : BenchRunner.Layer.values()) {
            assertThat(list).contains("dev.casus.bench.jmh_generated.Layers_" + layer.method() + "_jmhTest");
        }
    }
}
