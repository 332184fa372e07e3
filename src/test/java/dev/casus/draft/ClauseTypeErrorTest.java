package dev.casus.draft;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.casus.draft.ClauseConfinementTest.YAML;
import static dev.casus.draft.ClauseConfinementTest.clause;
import static dev.casus.draft.ClauseConfinementTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Type errors are load errors, located, with the fix where there is one; each near twin loads. Without
 * the check, mvel accepts them and then fails in every case, or silently never matches.
 */
class ClauseTypeErrorTest {

    private static final String CONCLUDES = "holds(\"x\", $i);";

    @TempDir
    Path root;

    static Stream<Arguments> typeErrors() {
        return Stream.of(
                arguments("$i : Incident(killed > \"many\")",
                        "7:19: clause Art. 9 compares killed, which is a number, with the text \"many\": compare it with a number, e.g. killed > 10",
                        "$i : Incident(killed > 10)"),
                arguments("$i : Incident(killed >= \"10\")",
                        "7:19: clause Art. 9 compares killed, which is a number, with the text \"10\": write the number without quotes, killed >= 10",
                        "$i : Incident(killed >= 10)"),
                arguments("$i : Incident(country > 5)",
                        "7:19: clause Art. 9 compares country, which is text, with the number 5: write the value in quotes, e.g. country > \"5\"",
                        "$i : Incident(country == \"UA\")"),
                arguments("$i : Incident(act == \"missile-strike\")",
                        "7:19: clause Art. 9 compares act, which is an Act, with the text \"missile-strike\", which never matches: write Act.MISSILE_STRIKE",
                        "$i : Incident(act == Act.MISSILE_STRIKE)"),
                arguments("$i : Incident(act in (Act.INVASION, \"missle-strike\"))",
                        "7:19: clause Art. 9 compares act, which is an Act, with the text \"missle-strike\", which never matches: write Act.MISSILE_STRIKE",
                        "$i : Incident(act in (Act.INVASION, Act.MISSILE_STRIKE))"),
                arguments("$i : Incident(zone != \"territorial sea\")",
                        "7:19: clause Art. 9 compares zone, which is a Zone, with the text \"territorial sea\", which never matches: write Zone.TERRITORIAL_SEA",
                        "$i : Incident(zone != Zone.TERRITORIAL_SEA)"),
                arguments("$p : Party(role == \"guarantor\")\n$i : Incident()",
                        "7:16: clause Art. 9 compares role, which is a Role, with the text \"guarantor\", which never matches: write Role.GUARANTOR",
                        "$p : Party(role == Role.GUARANTOR)\n$i : Incident()"),
                arguments("$i : Incident(country == Act.INVASION)",
                        "7:19: clause Art. 9 compares country, which is text, with Act.INVASION, which is an Act, so it never matches: "
                                + "write the value in quotes, e.g. country == \"invasion\"",
                        "$i : Incident(country == \"UA\")"),
                arguments("$i : Incident(verified == \"yes\")",
                        "7:19: clause Art. 9 compares verified, which is true or false, with the text \"yes\": write verified for true, or !verified for false",
                        "$i : Incident(verified)"),
                arguments("$i : Incident(time > \"2026-03-01T04:00:00Z\")",
                        "7:19: clause Art. 9 compares time, which is a time, with the text \"2026-03-01T04:00:00Z\": "
                                + "compare times with hoursAfter, e.g. $later.hoursAfter($earlier) <= 72",
                        "$i : Incident(time != null)"),
                arguments("Holds(term == 3)\n$i : Incident()",
                        "7:11: clause Art. 9 compares term, which is text, with the number 3: write the value in quotes, e.g. term == \"3\"",
                        "Holds(term == \"3\")\n$i : Incident()"),
                arguments("$i : Incident(killed / 0 > 1)",
                        "7:28: clause Art. 9 divides by zero in 'killed / 0', which fails or never matches in every case: divide by a number other than 0",
                        "$i : Incident(killed / 2 > 1)"),
                arguments("$i : Incident(damage % 0.0 > 1)",
                        "7:28: clause Art. 9 divides by zero in 'damage % 0.0', which fails or never matches in every case: divide by a number other than 0",
                        "$i : Incident(damage % 2.0 > 1)"),
                arguments("$i : Incident(number(\"cargo\") > 3)",
                        "7:19: clause Art. 9 reads attribute 'cargo', which draft.yaml declares as one of a list of values, with number(...), "
                                + "which gives 0 for it: write text(\"cargo\")",
                        "$i : Incident(number(\"aircraft\") > 3)"),
                arguments("$i : Incident(text(\"cargo\") == \"grian\")",
                        "7:19: clause Art. 9 compares text(\"cargo\") with \"grian\", which is not one of its values (grain, arms), "
                                + "so it never matches (did you mean 'grain'?)",
                        "$i : Incident(text(\"cargo\") == \"grain\")"),
                arguments("$i : Incident(killed >= 99999999999999999999)",
                        "7:29: clause Art. 9: 99999999999999999999 is too large for killed, a whole number up to 2147483647",
                        "$i : Incident(killed >= 2147483647)"),
                arguments("$i : Incident(injured < 3000000000)",
                        "7:29: clause Art. 9: 3000000000 is too large for injured, a whole number up to 2147483647",
                        "$i : Incident(injured < 300000000)"),
                arguments("$i : Incident(killed > -99999999999999999999)",
                        "7:28: clause Art. 9: -99999999999999999999 is too small for killed, a whole number from -2147483648",
                        "$i : Incident(killed > -2147483648)"),
                arguments("$i : Incident(damage >= 1e400)",
                        "7:29: clause Art. 9: 1e400 is too large for damage, a number up to about 1.8e308",
                        "$i : Incident(damage >= 1e300)"),
                arguments("$i : Incident(damage >= 99999999999999999999)",
                        "7:29: clause Art. 9: 99999999999999999999 is too large for damage as written: a number without a decimal point "
                                + "is at most 9223372036854775807; write it with one, e.g. 99999999999999999999.0",
                        "$i : Incident(damage >= 99999999999999999999.0)"),
                arguments("$i : Incident(number(\"aircraft\") > 1e400)",
                        "7:40: clause Art. 9: 1e400 is too large for number(\"aircraft\"), a number up to about 1.8e308",
                        "$i : Incident(number(\"aircraft\") > 1e30)"),
                arguments("$i : Incident(killed in (1, 99999999999999999999))",
                        "7:33: clause Art. 9: 99999999999999999999 is too large for killed, a whole number up to 2147483647",
                        "$i : Incident(killed in (1, 99))"),
                arguments("$i : Incident(hasVictim(380))",
                        "7:19: clause Art. 9 calls hasVictim with 380, which is a number: name a State in quotes, "
                                + "e.g. hasVictim(\"UA\"), or a party's id, hasVictim($p.id)",
                        "$i : Incident(hasVictim(\"UA\"))"),
                arguments("$i : Incident()\n$p : Party(victimOf(\"UA\"))",
                        "8:16: clause Art. 9 calls victimOf with \"UA\", which is text: give it the incident, "
                                + "e.g. $i : Incident(...) and Party(victimOf($i)); for a State by its code, write Incident(hasVictim(\"UA\"))",
                        "$i : Incident()\n$p : Party(victimOf($i))"),
                arguments("$i : Incident()\n$p : Party(victimOf($p))",
                        "8:16: clause Art. 9 calls victimOf with $p, which is a Party: give it the incident, "
                                + "e.g. $i : Incident(...) and Party(victimOf($i)); for a State by its code, write Incident(hasVictim(\"UA\"))",
                        "$i : Incident()\n$p : Party(!victimOf($i))"),
                arguments("$i : Incident(victim == \"UA\")",
                        "7:19: clause Art. 9 compares victim, which lists the States attacked, with \"UA\", which never matches: "
                                + "write hasVictim(\"UA\")",
                        "$i : Incident(hasVictim(\"UA\"), victim.size() >= 1)"),
                arguments("$i : Incident()\neval($i.killed() * 99999999999999999999 > 1)",
                        "8:24: clause Art. 9: 99999999999999999999 is too large for a whole number: a number without a decimal point "
                                + "is at most 9223372036854775807; write it with one, e.g. 99999999999999999999.0",
                        "$i : Incident()\neval($i.killed() * 99 > 1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeErrors")
    void should_refuse_a_comparison_of_the_wrong_type_and_load_its_near_twin(String when, String expected, String twin) {
        // when
        List<String> refused = problems(root, "bad", YAML, Map.of("probe.drl", clause(when, CONCLUDES)), false);
        List<String> loaded = problems(root, "twin", YAML, Map.of("probe.drl", clause(twin, CONCLUDES)), false);

        // then
        assertThat(refused).containsExactly(expected);
        assertThat(loaded).isEmpty();
    }

    static Stream<Arguments> deadlines() {
        return Stream.of(
                arguments("soon", "'soon' is not a deadline: write e.g. 24h, 7d or PT36H"),
                arguments("PT-5H", "'PT-5H' is not a deadline: it must be longer than zero, e.g. 24h, 7d or PT36H"),
                arguments("0h", "'0h' is not a deadline: it must be longer than zero, e.g. 24h, 7d or PT36H"),
                arguments("99999999999999999999h", "'99999999999999999999h' is not a deadline: write e.g. 24h, 7d or PT36H"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void should_refuse_a_clause_deadline_that_does_not_parse_or_is_not_positive(String deadline, String expected) {
        // given
        String when = "$i : Incident()\n$p : Party()";

        // when
        List<String> refused = problems(root, "bad", YAML,
                Map.of("probe.drl", clause(when, "activate(\"consult\", $p, \"" + deadline + "\");")), false);
        List<String> twin = problems(root, "twin", YAML,
                Map.of("probe.drl", clause(when, "activate(\"consult\", $p, \"48h\");")), false);

        // then
        assertThat(refused).containsExactly("10:29: clause Art. 9: " + expected);
        assertThat(twin).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT-5H", "0h", "-3d"})
    void should_refuse_a_draft_yaml_deadline_that_is_not_positive(String deadline) {
        // given
        String clauses = clause("$i : Incident()\n$p : Party()", "activate(\"consult\", $p);");

        // when
        List<String> refused = problems(root, "bad", YAML.replace("deadline: 24h", "deadline: " + deadline),
                Map.of("probe.drl", clauses), false);
        List<String> twin = problems(root, "twin", YAML, Map.of("probe.drl", clauses), false);

        // then
        assertThat(refused).hasSize(1).first().asString().startsWith("10:48: '" + deadline + "' is not a deadline");
        assertThat(twin).isEmpty();
    }
}
