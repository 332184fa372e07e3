package dev.casus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.bench.BenchRunner.Layer;
import dev.casus.bench.BenchRunner.Measurement;
import dev.casus.bench.BenchRunner.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    /** 10 case runs, 100 worlds; rates in passes over the whole project per second. */
    private static final BenchReport.Context CONTEXT =
            new BenchReport.Context("rules", "cases", 2, 10, 100, new Settings(1, 3, 5, 1.0, false, false));

    private static final List<Measurement> MEASURED = List.of(
            new Measurement(Layer.FRESH_SESSION, 1, 300, 6),
            new Measurement(Layer.REUSED_SESSION, 1, 900, Double.NaN),
            new Measurement(Layer.EVALUATE, 1, 240, 2.4),
            new Measurement(Layer.ANALYSE_PLAIN, 1, 100, 1),
            new Measurement(Layer.ANALYSE_FINDINGS, 1, 80, 4),
            new Measurement(Layer.FRESH_SESSION, 2, 500, 10),
            new Measurement(Layer.EVALUATE, 2, 400, 4));

    @Test
    void should_give_each_layer_in_its_unit_with_its_time_over_each_baseline() {
        // when
        String text = new BenchReport(CONTEXT, MEASURED).text();

        // then
        assertThat(text).contains("2 drafts, 10 case runs, 100 possible worlds (rules, cases)")
                .contains("1 fork of its own: 3 warm-up and 5 measured iterations of 1 s")
                .containsPattern("bare session per world \\(A\\) +1 +30,000 worlds/s +2% +1\\.00x +3\\.00x\n")
                .containsPattern("bare session reused \\(B\\) +1 +90,000 worlds/s +\\? +0\\.33x +1\\.00x\n")
                .containsPattern("evaluate +1 +24,000 worlds/s +1% +1\\.25x +3\\.75x\n")
                .containsPattern("analyse, no findings +1 +1,000 cases/s +1% +3\\.00x +9\\.00x\n")
                .containsPattern("analyse, every finding +1 +800 cases/s +5% +3\\.75x +11\\.25x\n")
                .containsPattern("evaluate +2 +40,000 worlds/s +1% +1\\.25x +-\n")
                .contains("The cost of findings: analyse with every finding over analyse without, 1.25x on 1 thread.");
    }

    @Test
    void should_write_the_same_figures_as_json_with_null_where_there_is_none() throws Exception {
        // when
        JsonNode json = new ObjectMapper().readTree(new BenchReport(CONTEXT, MEASURED).json());

        // then
        assertThat(json.at("/project/worlds").asInt()).isEqualTo(100);
        assertThat(json.at("/settings/forks").asInt()).isEqualTo(1);
        JsonNode reused = json.at("/results/1");
        assertThat(reused.at("/layer").asText()).isEqualTo("reused-session");
        assertThat(reused.at("/score").asDouble()).isEqualTo(90_000);
        assertThat(reused.at("/error").isNull()).isTrue();
        JsonNode evaluateOnTwo = json.at("/results/6");
        assertThat(evaluateOnTwo.at("/layer").asText()).isEqualTo("evaluate");
        assertThat(evaluateOnTwo.at("/threads").asInt()).isEqualTo(2);
        assertThat(evaluateOnTwo.at("/timeOverA").asDouble()).isEqualTo(1.25);
        assertThat(evaluateOnTwo.at("/timeOverB").isNull()).isTrue();
        assertThat(json.at("/findingsCost/1").asDouble()).isEqualTo(1.25);
        assertThat(json.at("/findingsCost/2").isMissingNode()).isTrue();
    }

    @Test
    void should_say_in_text_and_json_when_the_clauses_measured_were_not_confined() throws Exception {
        // given
        BenchReport.Context trusted = new BenchReport.Context("rules", "cases", 2, 10, 100, new Settings(1, 3, 5, 1.0, false, true));

        // when
        BenchReport report = new BenchReport(trusted, MEASURED);

        // then
        assertThat(report.text()).contains("clauses not confined (--trust-clauses)");
        assertThat(new ObjectMapper().readTree(report.json()).at("/settings/confined").asBoolean()).isFalse();
        assertThat(new BenchReport(CONTEXT, MEASURED).text()).doesNotContain("not confined");
        assertThat(new ObjectMapper().readTree(new BenchReport(CONTEXT, MEASURED).json()).at("/settings/confined").asBoolean()).isTrue();
    }
}
