package dev.casus.draft;

import dev.casus.model.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClauseReaderTest {

    private static final Path FILE = Path.of("rules/t/c.drl");

    private final List<Problem> problems = new ArrayList<>();

    private Clause read(String conditions, String consequence) {
        String drl = """
                package casus.t;
                rule "r"
                    @clause("Art. 1")
                    @text("The clause.")
                when
                %s
                then
                %s
                end
                """.formatted(conditions, consequence);
        List<Clause> clauses = new ClauseReader(FILE, drl, Set.of("aircraft", "status", "nuclear-used"),
                Set.of("consult", "assist"), problems).read().clauses();
        assertThat(clauses).hasSize(1);
        return clauses.get(0);
    }

    @Test
    void should_read_comparisons_both_ways_round_through_bindings_and_disjunctions() {
        // given: lines 6 and 7
        Clause clause = read("""
                    $i : Incident(killed >= 10, 20 > injured,
                                  $i.damage <= 5.5 || number("aircraft") >= 3)""", "holds(\"x\", $i);");

        // then
        assertThat(clause.thresholds()).extracting(Threshold::describe, Threshold::line).containsExactly(
                tuple("killed >= 10", 6), tuple("injured < 20", 6), tuple("damage <= 5.5", 7), tuple("aircraft >= 3", 7));
        List<Threshold> t = clause.thresholds();
        assertThat(clause.conjoinedWith(t.get(0))).containsExactly(t.get(0), t.get(1));
        assertThat(clause.conjoinedWith(t.get(2))).containsExactly(t.get(2));
        assertThat(clause.conjoinedWith(t.get(3))).containsExactly(t.get(3));
        assertThat(clause.fieldsRead()).containsExactlyInAnyOrder("killed", "injured", "damage", "aircraft");
    }

    @Test
    void should_tell_a_threshold_that_can_never_hold() {
        Clause clause = read("    $i : Incident(killed > 10, killed < 5, injured > 3)\n    Incident(killed < 5)", "holds(\"x\", $i);");

        assertThat(clause.thresholds()).extracting(t -> clause.canHold(t)).containsExactly(false, false, true, true);
    }

    @Test
    void should_read_literals_from_equality_in_and_not_in_but_not_from_enum_constants() {
        Clause clause = read("""
                    $i : Incident(country in ("UA", "PL"), region not in ("Crimea"), actor != "UA",
                                  text("status") == "member", act == Act.MISSILE_STRIKE, !flag("nuclear-used"))""",
                "holds(\"x\", $i);");

        assertThat(clause.literals()).containsOnlyKeys("country", "region", "actor", "status");
        assertThat(clause.literals().get("country")).containsExactlyInAnyOrder("UA", "PL");
        assertThat(clause.literals().get("region")).containsExactly("Crimea");
        assertThat(clause.literals().get("status")).containsExactly("member");
        assertThat(clause.fieldsRead()).containsExactlyInAnyOrder("country", "region", "actor", "status", "act", "nuclear-used");
        assertThat(clause.thresholds()).isEmpty();
    }

    @Test
    void should_read_conditions_inside_not_exists_and_accumulate() {
        Clause clause = read("""
                    $last : Incident(act == Act.CEASEFIRE_VIOLATION)
                    not Incident(killed > 100)
                    exists (Holds(term == "armed attack") or Holds(term == "aggression"))
                    Number(intValue >= 3) from accumulate($v : Incident(verified, $last.hoursAfter(this) <= 72), count($v))""",
                "holds(\"x\", $last);");

        assertThat(clause.fieldsRead()).containsExactlyInAnyOrder("act", "killed", "verified", "time");
        assertThat(clause.thresholds()).extracting(Threshold::describe).containsExactly("killed > 100");
        assertThat(clause.comparisons()).extracting(Threshold::describe)
                .containsExactlyInAnyOrder("killed > 100", "intValue >= 3", "hoursAfter(this) <= 72");
        assertThat(clause.termsRequired()).containsExactlyInAnyOrder("armed attack", "aggression");
        assertThat(clause.formalisation()).isEqualTo("act == Act.CEASEFIRE_VIOLATION and not (killed > 100) and "
                + "Number(intValue >= 3) from accumulate(verified and $last.hoursAfter(this) <= 72)");
    }

    @Test
    void should_show_every_part_of_an_or_or_a_not_that_reads_the_incident() {
        Clause clause = read("""
                    $i : Incident(country == "UA", $p : actor)
                    (Incident(killed > 3) or Holds(term == "armed attack"))
                    not (Incident(injured > 1) and Party(role == Role.GUARANTOR))""", "holds(\"x\", $i);");

        assertThat(clause.formalisation()).isEqualTo("country == \"UA\" and $p : actor and (killed > 3 or Holds(term == \"armed attack\")) "
                + "and not (Incident(injured > 1) and Party(role == Role.GUARANTOR))");
    }

    @Test
    void should_not_read_a_field_whose_name_is_inside_a_string_or_belongs_to_a_party() {
        Clause clause = read("""
                    $i : Incident()
                    Holds(term == "verified violation", incident == $i)
                    $p : Party(id == "killed", role == Role.GUARANTOR)""", "activate(\"consult\", $p);");

        assertThat(clause.fieldsRead()).isEmpty();
        assertThat(clause.termsRequired()).containsExactly("verified violation");
        assertThat(clause.formalisation()).isEqualTo("Incident() and Holds(term == \"verified violation\", incident == $i) "
                + "and Party(id == \"killed\", role == Role.GUARANTOR)");
    }

    @Test
    void should_read_a_field_reached_from_another_pattern() {
        Clause clause = read("""
                    $i : Incident(actorKind == ActorKind.STATE)
                    $p : Party(role == Role.GUARANTOR, id == $i.actor)""", "withhold(\"assist\", $p);");

        assertThat(clause.fieldsRead()).containsExactlyInAnyOrder("actorKind", "actor");
        assertThat(clause.formalisation()).isEqualTo("actorKind == ActorKind.STATE and id == $i.actor");
    }

    @Test
    void should_read_metadata_from_the_annotations() {
        List<Clause> clauses = new ClauseReader(FILE, """
                package casus.t;
                rule "a"
                    @clause("Art. 3")
                    @vague("sufficient gravity")
                    @overrides("Art. 1", "Art. 2")
                    @text("The \\"gravity\\" test, @text aside.")
                when
                    $i : Incident()
                then
                    holdsNot("x", $i);
                end
                rule "b"
                    @clause("Art. 4") @overrides({"Art. 1", "Art. 3"}) @text("Other.")
                when
                    $i : Incident()
                then
                    holds("x", $i);
                end
                """, Set.of(), Set.of(), problems).read().clauses();

        assertThat(clauses).extracting(Clause::id, Clause::vague, Clause::overrides, Clause::text, Clause::textLine).containsExactly(
                tuple("Art. 3", "sufficient gravity", List.of("Art. 1", "Art. 2"), "The \"gravity\" test, @text aside.", 6),
                tuple("Art. 4", null, List.of("Art. 1", "Art. 3"), "Other.", 13));
        assertThat(problems).isEmpty();
    }

    @Test
    void should_read_the_calls_of_the_consequence_with_their_lines_and_not_those_in_comments() {
        // given: "then" on line 8, the consequence from line 9
        Clause clause = read("    $i : Incident()\n    $p : Party()", """
                    // activate("assist", $p);
                    holds("armed attack", $i);
                    activate("consult",
                             $p, "48h"); /* withhold("assist", $p); */
                    withhold("assist", $p);""");

        assertThat(clause.actions()).extracting(Clause.Action::name, Clause.Action::subject, Clause.Action::deadline, Clause.Action::line)
                .containsExactly(tuple("holds", "armed attack", null, 10), tuple("activate", "consult", "48h", 11),
                        tuple("withhold", "assist", null, 13));
        assertThat(clause.concludes()).containsExactly("armed attack");
        assertThat(clause.activates()).containsExactly("assist", "consult");
        assertThat(clause.deadlines()).containsExactly(java.util.Map.entry("consult", "48h"));
    }

    @Test
    void should_report_an_undeclared_commitment_and_attribute_where_they_are_used() {
        read("""
                    $i : Incident(killed > 1,
                                  flag("nuclear-usd"))
                    $p : Party()""", """
                    holds("x", $i);
                    activate("consullt", $p);""");

        assertThat(problems).extracting(Problem::toString).containsExactly(
                FILE + ":7: clause Art. 1 reads attribute 'nuclear-usd', which draft.yaml does not declare under attributes"
                        + " (did you mean 'nuclear-used'?)",
                FILE + ":11: clause Art. 1 activates commitment 'consullt', which draft.yaml does not declare (did you mean 'consult'?)");
    }
}
