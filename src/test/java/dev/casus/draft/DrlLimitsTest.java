package dev.casus.draft;

import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.model.Problem;
import dev.casus.run.ProjectRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.casus.draft.ClauseConfinementTest.YAML;
import static dev.casus.draft.ClauseConfinementTest.clause;
import static dev.casus.draft.ClauseConfinementTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structure too deep for the parsers (nesting, long chains) is a located problem on its file, never a
 * stack overflow that loses the run; a clause of ordinary depth loads.
 */
class DrlLimitsTest {

    private static final String CONCLUDES = "holds(\"x\", $i);";

    @TempDir
    Path root;

    private List<String> problems(String name, String drl) {
        return ClauseConfinementTest.problems(root, name, YAML, Map.of("probe.drl", drl), false);
    }

    @Test
    void should_report_brackets_nested_past_the_limit_where_they_go_too_deep() {
        // given: 3000 parentheses around one comparison, which overflow the DRL parser's stack
        String deep = clause("$i : Incident(killed >= 10 && " + "(".repeat(3000) + "killed > 1" + ")".repeat(3000) + ")", CONCLUDES);

        // when
        List<String> problems = problems("deep", deep);

        // then: "Incident(" is level 1 (column 18); the parentheses start at column 35, so level 65 is at 35 + 63
        assertThat(problems).containsExactly("7:98: brackets nested 3001 levels deep; a clause may nest at most 64");
    }

    @Test
    void should_load_brackets_nested_up_to_the_limit() {
        // given: "Incident(" is the first level
        String deep = clause("$i : Incident(" + "(".repeat(63) + "killed > 1" + ")".repeat(63) + ")", CONCLUDES);

        // when
        List<String> problems = problems("deep", deep);

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void should_report_a_long_run_of_prefix_operators_where_it_goes_too_deep() {
        // given
        String bangs = clause("$i : Incident(" + "!".repeat(10_000) + "verified)", CONCLUDES);

        // when
        List<String> problems = problems("bangs", bangs);

        // then: the 65th, from column 19
        assertThat(problems).containsExactly("7:83: 10000 prefix operators in a row (such as !!!x); a clause may nest at most 64");
    }

    @Test
    void should_report_a_chain_too_long_to_read_on_its_clause_instead_of_overflowing() {
        // given: 20,000 terms added up, which nest no bracket but make a tree deeper than any stack
        String chain = clause("$i : Incident(killed > " + "1 + ".repeat(20_000) + "1)", CONCLUDES);

        // when
        List<String> problems = problems("chain", chain);

        // then
        assertThat(problems).containsExactly("3:0: Casus ran out of stack reading this clause: a clause is structured too deeply "
                + "(StackOverflowError); split long chains of conditions or operators into several clauses");
    }

    @Test
    void should_report_a_pattern_with_more_conditions_than_a_pattern_may_hold() {
        // given: 5,000 conditions, which load, but overflow the stack of every session that runs them
        String many = clause("$i : Incident(" + String.join(" && ", java.util.Collections.nCopies(5_000, "killed > 1")) + ")", CONCLUDES);
        String most = clause("$i : Incident(" + String.join(", ", java.util.Collections.nCopies(500, "killed > 1")) + ")", CONCLUDES);

        // when
        List<String> problems = problems("many", many);
        List<String> loaded = problems("most", most);

        // then
        assertThat(problems).containsExactly("7:5: clause Art. 9 holds 5000 conditions in one pattern; a pattern may hold at most 500: "
                + "split the clause into several");
        assertThat(loaded).isEmpty();
    }

    @Test
    void should_load_the_other_drafts_when_one_nests_too_deep() {
        // given
        String deep = clause("$i : Incident(" + "(".repeat(3000) + "killed > 1" + ")".repeat(3000) + ")", CONCLUDES);
        Fixtures.draft(root, "deep", YAML, Map.of("probe.drl", deep));
        Fixtures.draft(root, "plain", YAML, Map.of("probe.drl", clause("$i : Incident(killed > 1)", CONCLUDES)));

        // when
        ProjectRunner.Drafts drafts = new ProjectRunner(AnalysisOptions.defaults(), 2).loadDrafts(root);

        // then
        assertThat(drafts.loaded()).containsOnlyKeys("plain");
        assertThat(drafts.invalid()).containsExactly("deep");
        assertThat(drafts.problems()).extracting(Problem::toString)
                .containsExactly(root.resolve("deep/probe.drl") + ":7:82: brackets nested 3001 levels deep; a clause may nest at most 64");
    }

    @Test
    void should_put_the_parser_s_column_into_the_location_of_its_message() {
        // given: one parenthesis too many, at column 32
        String extra = clause("$i : Incident(killed >= 10))", CONCLUDES);

        // when
        List<String> problems = problems("extra", extra);

        // then
        assertThat(problems).containsExactly("7:32: mismatched input ')' in rule \"probe\"");
    }

    @Test
    void should_not_count_brackets_in_strings_and_comments() {
        // given
        String text = "// " + "(".repeat(100) + "\n/* " + "[".repeat(100) + " */\nx == \"" + "{".repeat(100) + "\" || y == '"
                + "(".repeat(100) + "' && z != !!!w - -1";

        // when
        List<DrlText.Nesting> nesting = new DrlText(text).nestedDeeperThan(3);

        // then
        assertThat(nesting).isEmpty();
    }
}
