package dev.casus.draft;

import dev.casus.Casus;
import dev.casus.Draft;
import dev.casus.Fixtures;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Incident;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Clauses are confined: each construct a clause may not use is refused when the draft loads, located
 * and named, and its near twin that uses only what a clause may loads.
 */
class ClauseConfinementTest {

    static final String YAML = """
            title: Probe
            attributes:
              nuclear-used: {type: boolean}
              aircraft: {type: integer}
              cargo: {type: enum, values: [grain, arms]}
            parties:
              - {id: UA, role: guaranteed}
              - {id: FR, role: guarantor}
            commitments:
              - {id: consult, wording: Consult., deadline: 24h}
            """;

    @TempDir
    Path root;

    /**
     * One clause, Art. 9, in a file of its own: its metadata from line 4, then {@code extraHeader} on
     * the lines after {@code @text}; its conditions from the line after {@code when} (line 7 without
     * extra header lines), its consequence from the line after {@code then}; each line indented by four.
     */
    static String clause(String extraHeader, String when, String then) {
        return "package casus.probe;\n\nrule \"probe\"\n    @clause(\"Art. 9\")\n    @text(\"A probe.\")\n"
                + indent(extraHeader) + "when\n" + indent(when) + "then\n" + indent(then) + "end\n";
    }

    static String clause(String when, String then) {
        return clause("", when, then);
    }

    private static String indent(String lines) {
        return lines.isEmpty() ? "" : lines.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }

    /** Loads a draft of the given files; its problems as "line:col: message", or empty when it loads. */
    static List<String> problems(Path root, String name, String yaml, Map<String, String> files, boolean trust) {
        Path dir = Fixtures.draft(root, name, yaml, files);
        try {
            DraftLoader.load(dir, trust);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(ClauseConfinementTest::located).toList();
        }
    }

    static String located(Problem p) {
        return p.line() + ":" + p.column() + ": " + p.message();
    }

    private List<String> problems(String name, String drl) {
        return problems(root, name, YAML, Map.of("probe.drl", drl), false);
    }

    static Stream<Arguments> refused() {
        String strike = "$i : Incident(killed > 10)";
        String concludes = "holds(\"x\", $i);";
        return Stream.of(
                arguments("System.exit in a consequence", strike, "System.exit(0);",
                        "9:5: clause Art. 9 calls java.lang.System.exit, which a clause may not use", strike, concludes),
                arguments("a static call in a condition", "$i : Incident(country == System.getProperty(\"casus.country\"))", concludes,
                        "7:30: clause Art. 9 calls java.lang.System.getProperty, which a clause may not use",
                        "$i : Incident(country == \"UA\")", concludes),
                arguments("Runtime.exec", strike, "Runtime.getRuntime().exec(\"id\");",
                        "9:5: clause Art. 9 calls java.lang.Runtime.getRuntime, which a clause may not use", strike, concludes),
                arguments("a process", strike, "new ProcessBuilder(\"sh\", \"-c\", \"id\").start();",
                        "9:5: clause Art. 9 creates a new java.lang.ProcessBuilder, which a clause may not do", strike, concludes),
                arguments("reflection in a condition", "$i : Incident(getClass().getName() == \"x\")", concludes,
                        "7:19: clause Art. 9 calls java.lang.Object.getClass, which a clause may not use",
                        "$i : Incident(id == \"x\")", concludes),
                arguments("reflection in a consequence", strike, "Class.forName(\"dev.casus.Casus\");",
                        "9:5: clause Art. 9 calls java.lang.Class.forName, which a clause may not use", strike, concludes),
                arguments("Thread.sleep", strike, "Thread.sleep(100000);",
                        "9:5: clause Art. 9 calls java.lang.Thread.sleep, which a clause may not use", strike, concludes),
                arguments("reading a file", strike, "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
                        "9:5: clause Art. 9 calls java.nio.file.Files.readString, which a clause may not use", strike, concludes),
                arguments("a socket", strike, "new java.net.Socket(\"127.0.0.1\", 22);",
                        "9:5: clause Art. 9 creates a new java.net.Socket, which a clause may not do", strike, concludes),
                arguments("a method of a field's value", "$i : Incident(country.toLowerCase() == \"ua\")", concludes,
                        "7:19: clause Art. 9 calls java.lang.String.toLowerCase, which a clause may not use",
                        "$i : Incident(country == \"UA\")", concludes),
                arguments("insert", strike, "insert($i);",
                        "9:5: clause Art. 9 calls insert, which a clause may not use: a consequence is one of holds, holdsNot, activate and withhold",
                        strike, concludes),
                arguments("update", strike, "update($i);",
                        "9:5: clause Art. 9 calls update, which a clause may not use: a consequence is one of holds, holdsNot, activate and withhold",
                        strike, concludes),
                arguments("retract", strike, "retract($i);",
                        "9:5: clause Art. 9 calls retract, which a clause may not use: a consequence is one of holds, holdsNot, activate and withhold",
                        strike, concludes),
                arguments("modify", strike, "modify($i) { setKilled(0) };",
                        "9:5: clause Art. 9 uses a modify block in its consequence, which a clause may not use: "
                                + "a consequence is one of holds, holdsNot, activate and withhold", strike, concludes),
                arguments("drools", strike, "drools.halt();",
                        "9:5: clause Art. 9 calls drools.halt, which a clause may not use: a consequence is one of holds, holdsNot, activate and withhold",
                        strike, concludes),
                arguments("kcontext", strike, "kcontext.getKieRuntime().halt();",
                        "9:5: clause Art. 9 calls kcontext.getKieRuntime, which a clause may not use: "
                                + "a consequence is one of holds, holdsNot, activate and withhold", strike, concludes),
                arguments("an assignment", strike, "$i = null;",
                        "9:5: clause Art. 9 assigns to $i, which a clause may not do: a consequence is one of holds, holdsNot, activate and withhold",
                        strike, concludes),
                arguments("a variable", strike, "String term = \"x\";",
                        "9:5: clause Art. 9 declares the variable term, which a clause may not do: "
                                + "a consequence is one of holds, holdsNot, activate and withhold", strike, concludes),
                arguments("a loop", strike, "while (true) { holds(\"x\", $i); }",
                        "9:5: clause Art. 9 uses a while loop in its consequence, which a clause may not use: "
                                + "a consequence is one of holds, holdsNot, activate and withhold", strike, concludes),
                arguments("an expression passed to an action", strike, "holds(\"x\" + $i.id, $i);",
                        "9:11: clause Art. 9 passes '\"x\" + $i.id' to holds, which a clause may not do: "
                                + "an action takes text in quotes and the variables its conditions bind", strike, concludes),
                arguments("the rule context passed to an action", strike, "holds(drools, \"x\", $i);",
                        "9:11: clause Art. 9 passes drools to holds, which a clause may not do: Casus passes the rule context itself",
                        strike, concludes),
                arguments("eval with code", strike + "\neval(System.currentTimeMillis() > 0)", concludes,
                        "8:10: clause Art. 9 calls java.lang.System.currentTimeMillis, which a clause may not use",
                        strike + "\neval($i.killed() > 0)", concludes),
                arguments("from with an expression", "$i : Incident() from java.util.List.of()", concludes,
                        "7:5: clause Art. 9 takes facts from 'java.util.List.of()', which a clause may not do: "
                                + "clauses match Incident, Party and Holds facts", "$i : Incident()", concludes),
                arguments("accumulate with code", strike
                                + "\nNumber(intValue > 1) from accumulate(Incident($k : killed), init(int s = 0;), action(s += $k;), result(s))",
                        concludes, "8:31: clause Art. 9 accumulates with code of its own (init, action, result), which a clause may not use: "
                                + "use count, sum, min, max, average, collectList, collectSet",
                        strike + "\nNumber(intValue > 1) from accumulate(Incident($k : killed), sum($k))", concludes),
                arguments("text joined with a fact, which calls its toString", "$i : Incident(country == \"U\" + this)", concludes,
                        "7:36: clause Art. 9 joins text with this, which calls dev.casus.model.Incident.toString, which a clause may not use",
                        "$i : Incident(country == \"U\" + \"A\")", concludes),
                arguments("text joined with an enum, which calls its toString", "$i : Incident(country == \"U\" + act)", concludes,
                        "7:36: clause Art. 9 joins text with act, which calls java.lang.Enum.toString, which a clause may not use",
                        "$i : Incident(country == \"U\" + 1)", concludes),
                arguments("an operator that runs a regular expression", "$i : Incident(country matches \"U.*\")", concludes,
                        "7:19: clause Art. 9 uses the operator matches, which a clause may not use: compare with ==, !=, <, <=, >, >=, in or not in",
                        "$i : Incident(country == \"UA\")", concludes),
                arguments("facts of another type", strike + "\njava.io.File()", concludes,
                        "8:5: clause Art. 9 matches java.io.File facts, which a clause may not use: clauses match Incident, Party and Holds",
                        strike + "\nParty()", concludes),
                arguments("a unicode escape that ends a comment", strike, "holds(\"x\", $i); // \\u000a System.exit(0);",
                        "9:31: clause Art. 9 calls java.lang.System.exit, which a clause may not use", strike, "holds(\"x\", $i); // a remark"),
                arguments("unicode escapes that end a string", strike,
                        "holds(\"x\\u0022 + System.getenv(\\u0022HOME\\u0022) + \\u0022\", $i);",
                        "9:22: clause Art. 9 calls java.lang.System.getenv, which a clause may not use", strike,
                        "holds(\"x\\u00e9\", $i);"),
                arguments("code after the end of the consequence", strike, "holds(\"x\", $i); } static { System.exit(0); } void more() {",
                        "9:5: clause Art. 9 has a consequence that Casus cannot read as Java, so cannot check: "
                                + "a consequence is one of holds, holdsNot, activate and withhold", strike, concludes),
                arguments("a rule attribute", strike, concludes,
                        "6:14: clause Art. 9 sets the rule attribute salience, which a clause may not use: precedence is declared with @overrides",
                        strike, concludes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void should_refuse_what_a_clause_may_not_use_and_load_its_near_twin(String construct, String when, String then,
                                                                         String expected, String twinWhen, String twinThen) {
        // given
        String bad = construct.equals("a rule attribute") ? clause("salience 10", when, then) : clause(when, then);

        // when
        List<String> refused = problems("bad", bad);
        List<String> twin = problems("twin", clause(twinWhen, twinThen));

        // then
        assertThat(refused).contains(expected);
        assertThat(twin).isEmpty();
    }

    @Test
    void should_refuse_a_method_reference_once_without_refusing_its_scope_as_well() {
        // when
        List<String> refused = problems("bad", clause("$i : Incident(killed > 10)", "holds(\"x\", $i::toString);"));

        // then
        assertThat(refused).containsExactly("9:16: clause Art. 9 uses the method reference $i::toString, which a clause may not use");
    }

    @Test
    void should_refuse_code_in_metadata_without_running_it_and_load_a_literal_twin() {
        // given: Drools evaluates metadata values when it compiles a rule
        String bad = clause("@note(System.setProperty(\"casus.confinement.probe\", \"ran\"))", "$i : Incident()", "holds(\"x\", $i);");
        String twin = clause("@note(\"a remark\")", "$i : Incident()", "holds(\"x\", $i);");

        // when
        List<String> refused = problems("bad", bad);
        List<String> loaded = problems("twin", twin);

        // then
        assertThat(refused).containsExactly("6:5: clause Art. 9 calls java.lang.System.setProperty, which a clause may not use");
        assertThat(System.getProperty("casus.confinement.probe")).isNull();
        assertThat(loaded).isEmpty();
    }

    @Test
    void should_refuse_what_a_file_declares_outside_its_clauses_and_load_the_file_without_it() {
        // given
        String clauses = clause("$i : Incident()", "holds(\"x\", $i);").replace("package casus.probe;\n", "");
        String bad = """
                package casus.probe;
                import java.io.File;
                import function java.lang.System.exit;
                global java.util.List out;
                function int twice(int x) { return 2 * x; }
                declare Note
                    text : String
                end
                query "strikes"
                    Incident()
                end
                """ + clauses;

        // when
        List<String> refused = problems("bad", bad);
        List<String> twin = problems("twin", "package casus.probe;\n" + clauses);

        // then
        assertThat(refused).containsExactlyInAnyOrder(
                "2:1: the file imports java.io.File, which a clause may not use: clauses need no imports",
                "3:1: the file imports the function java.lang.System.exit, which a clause may not use",
                "4:1: the file declares the global out, which a clause may not use",
                "5:1: the file declares the function twice, which a clause may not use",
                "6:9: the file declares the type Note, which a clause may not use",
                "9:1: the file declares the query \"strikes\", which a clause may not use");
        assertThat(twin).isEmpty();
    }

    @Test
    void should_report_every_offence_of_a_clause_in_one_pass() {
        // given: three offences in one clause, and a loop whose header is part of the loop
        String bad = clause("$i : Incident(country.trim() == \"UA\")",
                "for (int n = 0; n < 3; n++) { holds(\"x\", $i); }\nSystem.out.println($i);");

        // when
        List<String> refused = problems("bad", bad);

        // then
        assertThat(refused).containsExactly(
                "7:19: clause Art. 9 calls java.lang.String.trim, which a clause may not use",
                "9:5: clause Art. 9 uses a for loop in its consequence, which a clause may not use: "
                        + "a consequence is one of holds, holdsNot, activate and withhold",
                "10:5: clause Art. 9 uses java.lang.System.out, which a clause may not use");
    }

    @Test
    void should_refuse_a_file_without_compiling_it_while_the_draft_s_other_files_are_still_checked() {
        // given: a refused clause in one file; a compile error in another
        Map<String, String> files = Map.of(
                "a.drl", clause("$i : Incident()", "System.exit(3);"),
                "b.drl", clause("$i : Incident(kiled > 3)", "holds(\"x\", $i);").replace("\"probe\"", "\"other\"").replace("Art. 9", "Art. 10"));

        // when
        List<String> refused = problems(root, "two", YAML, files, false);

        // then
        assertThat(refused).contains("9:5: clause Art. 9 calls java.lang.System.exit, which a clause may not use");
        assertThat(refused).anySatisfy(p -> assertThat(p).startsWith("7:").contains("unknown field 'kiled' of Incident"));
    }

    @Test
    void should_load_and_run_a_confined_clause_when_it_uses_isAct_and_constant() {
        // given
        Fixtures.write(root.resolve("vocabulary.yaml"), """
                acts:
                  grey-zone-harassment: {description: harassment below the threshold of force}
                constants:
                  mass-casualty: 10
                """);
        String drl = clause("""
                $i : Incident(isAct("grey-zone-harassment") || isAct("balloon-overflight"), killed >= constant("mass-casualty"))
                eval(constant("mass-casualty") > 0)""", "holds(\"x\", $i);");

        // when
        List<String> problems = problems("vocabulary", drl);
        Draft draft = Casus.load(root.resolve("vocabulary"));
        WorldResult harassment = draft.evaluate(List.of(Incident.builder("e1").declaredAct("grey-zone-harassment").killed(10).build()));
        WorldResult balloon = draft.evaluate(List.of(Incident.builder("e1").act(Act.BALLOON_OVERFLIGHT).killed(9).build()));

        // then
        assertThat(problems).isEmpty();
        assertThat(draft.confined()).isTrue();
        assertThat(harassment.terms().get("x").status()).isEqualTo(TermStatus.HOLDS);
        assertThat(balloon.terms()).doesNotContainKey("x");
    }

    @Test
    void should_refuse_isAct_and_constant_when_they_name_nothing_declared_or_are_used_on_text() {
        // given
        Fixtures.write(root.resolve("vocabulary.yaml"), "constants:\n  mass-casualty: 10\n");
        String drl = clause("""
                $i : Incident(isAct("balon-overflight"), killed >= constant("mass-casualties"), country == constant("mass-casualty"))""",
                "holds(\"x\", $i);");

        // when
        List<String> problems = problems("vocabulary", drl);

        // then
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("7:").contains("no act 'balon-overflight'")
                .contains("(did you mean 'balloon-overflight'?)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("7:").contains("constant 'mass-casualties', which rules/vocabulary.yaml does not declare")
                .contains("(did you mean 'mass-casualty'?)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("7:").contains("country"));
    }

    @Test
    void should_load_every_construct_a_clause_may_use() {
        // given
        String allowed = """
                package casus.probe;

                rule "allowed"
                    @clause("Art. 1")
                    @text("A grave strike, within 72 hours of another, is a grave act.")
                    @vague("grave")
                when
                    $i : Incident(act in (Act.MISSILE_STRIKE, Act.DRONE_STRIKE), act not in (Act.INVASION), !verified || verified,
                                  killed + injured >= 10, damage / 2 >= 0, country == "UA", region != null || region == null,
                                  intent != Intent.ACCIDENTAL, actorKind == ActorKind.STATE, $k : killed,
                                  flag("nuclear-used") || number("aircraft") >= 0 || text("cargo") == "grain" || true,
                                  hasVictim("UA"), !onForces, victim.size() <= 1)
                    exists Party(victimOf($i))
                    $e : Incident(this != $i, $i.hoursAfter(this) <= 72, $i.hoursAfter(this) >= 0)
                    not Holds(term == "excluded", incident == $i)
                    exists Party(role == Role.GUARANTEED)
                    forall($g : Party(role == Role.GUARANTOR) Party(this == $g, id != null))
                    (Incident(this == $i) or Holds(term == "grave act"))
                    Number(intValue >= 1) from accumulate($v : Incident(verified == false), count($v))
                    Number(doubleValue >= 0) from accumulate(Incident($x : killed), sum($x))
                    Number(longValue >= 0) from accumulate(Incident($z : injured, country != "U" + 1 + true), sum($z))
                    accumulate(Incident($y : killed); $most : max($y), $mean : average($y), $least : min($y); $most >= $least)
                    $all : java.util.List(size >= 1) from accumulate($w : Incident(), collectList($w))
                    $places : java.util.Set(size >= 1) from accumulate(Incident($c : country), collectSet($c))
                    $each : java.util.List(size >= 1) from collect(Incident(killed >= 0))
                    eval($k >= 0 && $i.killed() == $k)
                    $p : Party(role == Role.GUARANTOR, id != $i.actor, !victimOf($i), !$i.hasVictim(id))
                then
                    // one of the documented actions per line
                    holds("grave act", $i);
                    holdsNot("minor act", $i);
                    activate("consult", $p, "48h");
                    withhold("consult", $p);
                end
                """;

        // when
        List<String> problems = problems("allowed", allowed);
        Draft draft = Casus.load(root.resolve("allowed"));
        Instant t = Instant.parse("2026-03-01T04:00:00Z");
        WorldResult world = draft.evaluate(List.of(
                Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE).country("UA").killed(12).time(t.plusSeconds(3600)).build(),
                Incident.builder("e2").act(Act.DRONE_STRIKE).actorKind(ActorKind.STATE).country("UA").killed(1).time(t).build()));

        // then
        assertThat(problems).isEmpty();
        assertThat(draft.confined()).isTrue();
        assertThat(world.terms().get("grave act").status()).isEqualTo(TermStatus.HOLDS);
    }

    @Test
    void should_load_every_shipped_draft_confined() throws IOException {
        // given
        List<Path> drafts;
        try (Stream<Path> folders = Files.list(Path.of("rules"))) {
            drafts = folders.filter(Files::isDirectory).sorted().toList();
        }

        // when
        List<CompiledDraft> loaded = drafts.stream().map(DraftLoader::load).toList();

        // then
        assertThat(loaded).hasSize(9).allSatisfy(d -> assertThat(d.confined()).isTrue());
    }

    @Test
    void should_let_a_trusted_draft_use_java_and_say_it_is_not_confined() {
        // given
        String java = clause("$i : Incident(System.getProperty(\"java.version\") != null)", "holds(\"java\", $i);");

        // when
        List<String> confined = problems("confined", java);
        Path dir = Fixtures.draft(root, "trusted", YAML, Map.of("probe.drl", java));
        Draft trusted = Casus.load(dir, true);

        // then
        assertThat(confined).containsExactly("7:19: clause Art. 9 calls java.lang.System.getProperty, which a clause may not use");
        assertThat(trusted.confined()).isFalse();
        assertThat(trusted.evaluate(Incident.builder("e1").build()).terms().get("java").status()).isEqualTo(TermStatus.HOLDS);
    }

    @Test
    void should_report_type_errors_in_a_trusted_draft_too() {
        // when
        List<String> problems = problems(root, "trusted", YAML,
                Map.of("probe.drl", clause("$i : Incident(act == \"missile-strike\")", "holds(\"x\", $i);")), true);

        // then
        assertThat(problems).containsExactly("7:19: clause Art. 9 compares act, which is an Act, with the text \"missile-strike\", "
                + "which never matches: write Act.MISSILE_STRIKE");
    }
}
