package dev.casus.draft;


import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DraftLoaderTest {

    @TempDir
    Path root;

    @Test
    void should_load_clauses_with_their_metadata_and_static_reading() {
        // given
        Path dir = Fixtures.testDraft(root, Map.of());

        // when
        CompiledDraft draft = DraftLoader.load(dir);

        // then
        assertThat(draft.id()).isEqualTo("test");
        assertThat(draft.clauses()).extracting(Clause::id).containsExactly("Art. 1", "Art. 2", "Art. 3", "Art. 4");
        Clause armedAttack = draft.clauses().get(1);
        assertThat(armedAttack.text()).isEqualTo("Aggression that kills at least 10 people is an armed attack.");
        assertThat(armedAttack.fieldsRead()).containsExactly("killed");
        assertThat(armedAttack.thresholds()).extracting(Threshold::describe).containsExactly("killed >= 10");
        assertThat(armedAttack.termsRequired()).containsExactly("aggression");
        assertThat(draft.clauses().get(0).literals()).containsEntry("country", java.util.Set.of("UA"));
        assertThat(draft.commitmentKeys()).containsExactly("DE/assist", "DE/consult", "FR/assist", "FR/consult");
    }

    @Test
    void should_report_every_drl_problem_in_one_pass_with_locations() {
        // given: a syntax error in one file, and in another an unknown field, a missing @clause,
        // an @overrides naming no clause, and an undeclared commitment
        Fixtures.testDraft(root, Map.of(
                "broken.drl", """
                        package casus.test;

                        rule "broken"
                            @clause("Art. 9")
                            @text("x")
                        when
                            $i : Incident(killed >= )
                        then
                            holds("x", $i);
                        end
                        """,
                "sloppy.drl", """
                        package casus.test;

                        rule "no-clause"
                            @text("Unattributed.")
                        when
                            $i : Incident(kiled > 3)
                        then
                            holds("x", $i);
                        end

                        rule "bad-override"
                            @clause("Art. 7")
                            @text("An exception.")
                            @overrides("Art. 99")
                        when
                            $p : Party()
                        then
                            activate("consullt", $p);
                        end
                        """));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("test")));

        // then
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        String broken = root.resolve("test/broken.drl").toString();
        String sloppy = root.resolve("test/sloppy.drl").toString();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(broken + ":7"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sloppy + ":3: rule \"no-clause\" has no @clause"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sloppy + ":6")
                .contains("unknown field 'kiled' of Incident in 'kiled > 3' (did you mean 'killed'?)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sloppy + ":11: clause Art. 7 overrides \"Art. 99\", but no clause has that id"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sloppy + ":18: clause Art. 7 activates commitment 'consullt'")
                .contains("did you mean 'consult'?"));
        assertThat(problems).noneMatch(p -> p.contains("Exception") || p.contains("\tat "));
    }

    @Test
    void should_report_malformed_draft_yaml_fields_with_line_and_column() {
        // given
        Fixtures.draft(root, "bad", """
                title: Bad
                parties:
                  - {id: FR, role: guarantour}
                commitments:
                  - id: consult
                    wording: Consult.
                    deadlin: 24h
                  - id: assist
                    wording: Assist.
                    deadline: soon
                """, Map.of("c.drl", """
                package casus.bad;
                rule "r"
                    @clause("Art. 1")
                    @text("t")
                when
                    $p : Party()
                then
                    activate("consult", $p);
                end
                """));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("bad")));

        // then
        String yaml = root.resolve("bad/draft.yaml").toString();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                yaml + ":3:20: unknown role 'guarantour': use one of guarantor, guaranteed, other (did you mean 'guarantor'?)",
                yaml + ":7:5: unknown field 'deadlin' in a commitment (did you mean 'deadline'?)",
                yaml + ":10:15: 'soon' is not a deadline: write e.g. 24h, 7d or PT36H");
    }

    @Test
    void should_report_a_yaml_syntax_error_with_its_position() {
        // given
        Fixtures.draft(root, "syntax", "title: [unclosed\nparties: []\n", Map.of("c.drl", Fixtures.CLAUSES));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("syntax")));

        // then
        assertThat(e.problems()).first().extracting(Problem::toString).asString()
                .startsWith(root.resolve("syntax/draft.yaml") + ":").contains("YAML syntax");
    }

    @Test
    void should_refuse_a_type_tag_in_draft_yaml_at_its_position() {
        // given
        Fixtures.draft(root, "tagged", Fixtures.DRAFT_YAML.replace("title: Test Pact", "title: !!java.io.File /etc/passwd"),
                Map.of("c.drl", Fixtures.CLAUSES));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("tagged")));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("tagged/draft.yaml")
                + ":1:8: the tag '!!java.io.File' has no meaning in a Casus file; write plain values, lists and mappings");
    }

    @Test
    void should_report_a_binary_draft_yaml_as_a_located_problem() throws IOException {
        // given
        Path dir = Fixtures.draft(root, "binary", "", Map.of("c.drl", Fixtures.CLAUSES));
        Files.write(dir.resolve("draft.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, (byte) 0xFE, 0});

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(dir));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(dir.resolve("draft.yaml")
                + ":1:8: not valid UTF-8 (byte 0xFF): Casus reads YAML files as UTF-8 text");
    }

    @Test
    void should_report_a_missing_draft_yaml() {
        // given
        Fixtures.write(root.resolve("nodraft/c.drl"), Fixtures.CLAUSES);

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("nodraft")));

        // then
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("missing draft.yaml"));
    }

    @Test
    void should_suggest_the_nearest_enum_constant() {
        // given
        Fixtures.testDraft(root, Map.of("typo.drl", """
                package casus.test;
                rule "typo"
                    @clause("Art. 8")
                    @text("A strike on forces.")
                when
                    $i : Incident(act == Act.ATTACK_ON_FORCE)
                then
                    holds("x", $i);
                end
                """));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("test")));

        // then
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(root.resolve("test/typo.drl") + ":6:19: ")
                .endsWith("unknown value Act.ATTACK_ON_FORCE in 'act == Act.ATTACK_ON_FORCE' (did you mean Act.ATTACK_ON_FORCES?); see docs/vocabulary.md"));
    }

    private static String exception(String rule, String id, String overrides, String term, boolean positive) {
        return """
                rule "%s"
                    @clause("%s")
                    @text("An exception.")
                    @overrides("%s")
                when
                    $i : Incident()
                then
                    %s("%s", $i);
                end
                """.formatted(rule, id, overrides, positive ? "holds" : "holdsNot", term);
    }

    @Test
    void should_report_an_overrides_cycle_of_two_clauses_where_it_starts() {
        // given: Art. 7 and Art. 8 override each other
        Fixtures.testDraft(root, Map.of("cycle.drl", "package casus.test;\n\n"
                + exception("seven", "Art. 7", "Art. 8", "x", true) + "\n" + exception("eight", "Art. 8", "Art. 7", "x", false)));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("test")));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("test/cycle.drl")
                + ":3: the @overrides of clause Art. 7 run in a cycle: Art. 7 overrides Art. 8, which overrides Art. 7;"
                + " precedence must run one way, so remove one of these @overrides");
    }

    @Test
    void should_report_a_longer_overrides_cycle_once() {
        // given: Art. 7 over Art. 8 over Art. 9 over Art. 7
        Fixtures.testDraft(root, Map.of("cycle.drl", "package casus.test;\n\n"
                + exception("seven", "Art. 7", "Art. 8", "x", true) + "\n" + exception("eight", "Art. 8", "Art. 9", "x", false)
                + "\n" + exception("nine", "Art. 9", "Art. 7", "x", true)));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("test")));

        // then
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "the @overrides of clause Art. 7 run in a cycle: Art. 7 overrides Art. 8, which overrides Art. 9,"
                        + " which overrides Art. 7; precedence must run one way, so remove one of these @overrides");
    }

    @Test
    void should_load_a_chain_of_overrides_that_runs_one_way() {
        // given: Art. 7 over Art. 8 over Art. 9, the near twin of the cycle
        Fixtures.testDraft(root, Map.of("chain.drl", "package casus.test;\n\n"
                + exception("seven", "Art. 7", "Art. 8", "x", true) + "\n" + exception("eight", "Art. 8", "Art. 9", "x", false)
                + "\n" + exception("nine", "Art. 9", "Art. 1", "x", true)));

        // when
        CompiledDraft draft = DraftLoader.load(root.resolve("test"));

        // then
        assertThat(draft.clauses()).extracting(Clause::id).contains("Art. 7", "Art. 8", "Art. 9");
    }

    @Test
    void should_report_a_clause_id_used_twice_at_the_second_use() {
        // given: a second rule cites Art. 2, which the standard clauses already use
        Fixtures.testDraft(root, Map.of("twice.drl", """
                package casus.test;

                rule "armed-attack-again"
                    @clause("Art. 2")
                    @text("Another reading of Art. 2.")
                when
                    $i : Incident(killed >= 20)
                then
                    holds("armed attack", $i);
                end
                """));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Casus.load(root.resolve("test")));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("test/twice.drl")
                + ":3: clause id \"Art. 2\" is used twice: rule \"armed-attack-again\" and rule \"armed-attack\" ("
                + root.resolve("test/clauses.drl") + ":12); give each clause its own @clause id, which @overrides and findings name");
    }
}
