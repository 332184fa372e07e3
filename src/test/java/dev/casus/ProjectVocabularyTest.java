package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.FindingKind;
import dev.casus.api.RunResult;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProjectVocabularyTest {

    private static final String VOCABULARY = """
            attributes:
              nuclear-threat: {type: boolean, description: an explicit threat to use nuclear weapons}
            acts:
              grey-zone-harassment: {description: harassment below the threshold of force}
            groups:
              nato:
                name: NATO members
                members:
                  - {id: US, since: 1949-08-24}
                  - {id: FI, since: 2023-04-04}
            """;

    private static final String DRAFT = """
            title: Pact
            parties:
              - {id: UA, role: guaranteed}
              - {group: nato, role: guarantor}
            commitments:
              - {id: consult, wording: The guarantors consult.}
            """;

    private static final String CLAUSES = """
            package casus.pact;

            rule "a1"
                @clause("Art. 1")
                @text("Harassment, a balloon or a nuclear threat calls for consultation.")
            when
                $i : Incident(isAct("grey-zone-harassment") || act == Act.BALLOON_OVERFLIGHT || flag("nuclear-threat"))
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            """;

    private static final String CASES = """
            drafts: [pact]
            strict: true
            cases:
              - id: harassment-in-2022
                incident: {act: grey-zone-harassment, country: UA, time: 2022-03-01T00:00:00Z}
                expect: {active: [US/consult], inactive: [FI/consult]}
              - id: balloon
                incident: {act: balloon-overflight, country: UA}
                expect: {active: [US/consult, FI/consult]}
              - id: nuclear-threat
                incident: {act: threat-of-force, country: UA, extra: {nuclear-threat: true}}
                expect: {active: [US/consult, FI/consult]}
            """;

    @TempDir
    Path root;

    private Path project(String vocabulary, String draft, String clauses) {
        Fixtures.write(root.resolve("rules/vocabulary.yaml"), vocabulary);
        Fixtures.write(root.resolve("rules/pact/draft.yaml"), draft);
        Fixtures.write(root.resolve("rules/pact/a.drl"), clauses);
        return root.resolve("rules");
    }

    private List<String> problems(Path rules) {
        return catchThrowableOfType(() -> Casus.load(rules.resolve("pact")), InvalidInputException.class).problems().stream()
                .map(Object::toString).toList();
    }

    @Test
    void should_share_attributes_acts_and_groups_when_the_project_has_a_vocabulary_file() {
        // given
        Path rules = project(VOCABULARY, DRAFT, CLAUSES);
        Fixtures.write(root.resolve("cases/pact.yaml"), CASES);

        // when
        RunResult run = Casus.project(rules, root.resolve("cases")).run();

        // then
        assertThat(run.problems()).isEmpty();
        assertThat(run.invalidDrafts()).isEmpty();
        assertThat(run.drafts()).extracting(RunResult.DraftRun::draftId).containsExactly("pact");
        assertThat(run.failed()).isZero();
        assertThat(run.passed()).isEqualTo(6);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void should_expand_a_group_into_its_members_with_their_dates_when_a_draft_names_it() {
        // given
        Path rules = project(VOCABULARY, DRAFT, CLAUSES);

        // when
        Draft draft = Casus.load(rules.resolve("pact"));

        // then
        assertThat(draft.parties()).extracting(Party::id, Party::since).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UA", null),
                org.assertj.core.groups.Tuple.tuple("US", LocalDate.of(1949, 8, 24)),
                org.assertj.core.groups.Tuple.tuple("FI", LocalDate.of(2023, 4, 4)));
    }

    @Test
    void should_analyse_a_declared_act_and_refuse_an_undeclared_one_when_a_case_is_built_in_java() {
        // given
        Draft draft = Casus.load(project(VOCABULARY, DRAFT, CLAUSES).resolve("pact"));

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("c").oneOf("act", "grey-zone-harassment", "cyberattack")
                .set("country", "UA").build());
        Throwable refused = catchThrowable(() -> draft.newCase("d").set("act", "grey-zone-harasment"));

        // then
        assertThat(analysis.commitment("US/consult").orElseThrow().describe())
                .isEqualTo("undetermined: depends on act: grey-zone-harassment → active; cyberattack → inactive");
        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(did you mean 'grey-zone-harassment'?)");
    }

    @Test
    void should_try_the_declared_acts_too_when_the_act_is_unknown() {
        // given
        Draft draft = Casus.load(project(VOCABULARY, DRAFT, CLAUSES).resolve("pact"));

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("c").unknown("act").set("country", "UA").build());

        // then
        assertThat(analysis.worlds()).extracting(w -> w.describe()).contains("act=grey-zone-harassment", "act=balloon-overflight");
    }

    @Test
    void should_find_a_draft_silent_when_no_clause_engages_with_a_declared_act() {
        // given
        Path rules = project(VOCABULARY.replace("acts:\n", "acts:\n  chemical-poisoning: {description: poisoning of a person}\n"),
                DRAFT, CLAUSES);
        Fixtures.write(root.resolve("cases/pact.yaml"), """
                drafts: [pact]
                cases:
                  - id: poisoning
                    incident: {act: chemical-poisoning, country: UA}
                """);

        // when
        RunResult run = Casus.project(rules, root.resolve("cases")).run();

        // then
        assertThat(run.problems()).isEmpty();
        assertThat(run.drafts().get(0).cases().get(0).analysis().findings(FindingKind.SILENT)).hasSize(1);
    }

    @Test
    void should_not_take_the_vocabulary_file_for_a_draft_when_the_project_runs() {
        // given
        Path rules = project(VOCABULARY, DRAFT, CLAUSES);
        Fixtures.write(root.resolve("cases/pact.yaml"), CASES);

        // when
        RunResult run = Casus.project(rules, root.resolve("cases")).run();

        // then
        assertThat(run.drafts()).extracting(RunResult.DraftRun::draftId).doesNotContain("vocabulary", "vocabulary.yaml");
    }

    @Test
    void should_report_a_located_error_when_a_draft_declares_a_shared_attribute_with_another_type() {
        // given
        Path rules = project(VOCABULARY, DRAFT + "attributes:\n  nuclear-threat: {type: integer}\n", CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("draft.yaml:8:3: attribute 'nuclear-threat' is declared here as integer and in ")
                && p.contains("vocabulary.yaml:2:3 as boolean"));
    }

    @Test
    void should_accept_a_draft_attribute_when_it_repeats_a_shared_one_with_the_same_type() {
        // given
        Path rules = project(VOCABULARY, DRAFT + "attributes:\n  nuclear-threat: {type: boolean}\n  warships: {type: integer}\n", CLAUSES);

        // when
        Draft draft = Casus.load(rules.resolve("pact"));

        // then
        assertThat(draft.parties()).hasSize(3);
    }

    @Test
    void should_report_a_located_error_when_an_attribute_takes_the_name_of_an_incident_field() {
        // given
        Path rules = project(VOCABULARY.replace("attributes:\n", "attributes:\n  killed: {type: integer}\n"),
                DRAFT + "attributes:\n  act: {type: text}\n", CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("vocabulary.yaml:2:3: attribute 'killed' has the name of an incident field"));
        assertThat(problems).anyMatch(p -> p.contains("draft.yaml:8:3: attribute 'act' has the name of an incident field"));
    }

    @Test
    void should_report_a_located_error_with_a_hint_when_a_draft_names_an_unknown_group() {
        // given
        Path rules = project(VOCABULARY, DRAFT.replace("group: nato", "group: natto"), CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("draft.yaml:4:13: no group 'natto'") && p.contains("(did you mean 'nato'?)"));
    }

    @Test
    void should_report_a_located_error_when_a_member_date_has_another_format() {
        // given
        Path rules = project(VOCABULARY.replace("since: 1949-08-24", "since: 24.08.1949"), DRAFT, CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("vocabulary.yaml:9:25: 'since' must be a date written YYYY-MM-DD")
                && p.contains("(did you mean 1949-08-24?)"));
    }

    @Test
    void should_report_a_located_error_when_the_vocabulary_has_an_unknown_key_or_redeclares_a_built_in_act() {
        // given
        Path rules = project(VOCABULARY.replace("acts:\n", "acts:\n  balloon-overflight: {description: b}\n") + "group: {}\n",
                DRAFT, CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("vocabulary.yaml:4:3: act 'balloon-overflight' is already a built-in act"));
        assertThat(problems).anyMatch(p -> p.contains("vocabulary.yaml:12:1: unknown field 'group'") && p.contains("'groups'"));
    }

    @Test
    void should_try_a_range_at_a_named_constant_when_a_clause_compares_with_it() {
        // given
        Path rules = project(VOCABULARY + "constants:\n  mass-casualty: 10\n", DRAFT, CLAUSES + """

                rule "a2"
                    @clause("Art. 2")
                    @text("An attack that kills at least 10 people is a mass-casualty attack.")
                when
                    $i : Incident(killed >= constant("mass-casualty"))
                then
                    holds("mass-casualty attack", $i);
                end
                """);
        Fixtures.write(root.resolve("cases/pact.yaml"), """
                drafts: [pact]
                cases:
                  - id: toll
                    incident: {act: missile-strike, country: UA, killed: {from: 0, to: 30}}
                """);

        // when
        RunResult run = Casus.project(rules, root.resolve("cases")).run();

        // then
        assertThat(run.problems()).isEmpty();
        assertThat(run.drafts().get(0).cases().get(0).errors()).isEmpty();
        assertThat(run.drafts().get(0).cases().get(0).analysis().findings(FindingKind.THRESHOLD_EDGE)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("killed >= 10"));
    }

    @Test
    void should_report_a_located_error_when_a_constant_is_not_a_number() {
        // given
        Path rules = project(VOCABULARY + "constants:\n  mass-casualty: many\n", DRAFT, CLAUSES);

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("vocabulary.yaml:12:18: constant 'mass-casualty' must be a number, such as mass-casualty: 10, not 'many'"));
    }

    @Test
    void should_report_a_located_error_with_a_hint_when_a_clause_tests_an_act_nobody_declares() {
        // given
        Path rules = project(VOCABULARY, DRAFT, CLAUSES.replace("isAct(\"grey-zone-harassment\")", "isAct(\"grey-zone-harasment\")"));

        // when
        List<String> problems = problems(rules);

        // then
        assertThat(problems).anyMatch(p -> p.contains("a.drl:7:") && p.contains("no act 'grey-zone-harasment'")
                && p.contains("(did you mean 'grey-zone-harassment'?)"));
    }

    @Test
    void should_report_a_located_error_with_a_hint_when_a_case_gives_an_act_nobody_declares() {
        // given
        Path rules = project(VOCABULARY, DRAFT, CLAUSES);
        Fixtures.write(root.resolve("cases/pact.yaml"), CASES.replace("act: grey-zone-harassment", "act: grey-zone-harasment"));

        // when
        RunResult run = Casus.project(rules, root.resolve("cases")).run();

        // then
        assertThat(run.drafts().get(0).cases()).flatExtracting(RunResult.CaseRun::errors).extracting(Object::toString)
                .anyMatch(p -> p.contains("pact.yaml:5:21: unknown value 'grey-zone-harasment' for act (did you mean 'grey-zone-harassment'?)"));
        assertThat(run.exitCode()).isEqualTo(3);
    }
}
