package dev.casus.draft;

import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DraftDatesTest {

    @TempDir
    Path root;

    private Path draftWith(String inForce, String finland) {
        String yaml = Fixtures.DRAFT_YAML.replace("parties:\n", inForce + "parties:\n")
                .replace("  - {id: FR, role: guarantor}\n", "  - {id: FR, role: guarantor}\n" + finland);
        return Fixtures.draft(root, "dated", yaml, Map.of("clauses.drl", Fixtures.CLAUSES));
    }

    private List<String> problems(Path dir) {
        return catchThrowableOfType(() -> DraftLoader.load(dir), InvalidInputException.class).problems().stream()
                .map(Object::toString).map(p -> p.substring(p.indexOf("draft.yaml"))).toList();
    }

    @Test
    void should_read_the_draft_in_force_and_party_dates_when_given() {
        // given
        Path dir = draftWith("inForce: {from: 1949-08-24, until: 2049-08-23}\n",
                "  - {id: FI, role: guarantor, since: 2023-04-04}\n  - {id: SE, role: guarantor, since: 2024-03-07, until: 2030-12-31}\n");

        // when
        CompiledDraft draft = DraftLoader.load(dir);

        // then
        assertThat(draft.inForce()).isEqualTo(new InForce(LocalDate.of(1949, 8, 24), LocalDate.of(2049, 8, 23)));
        assertThat(draft.parties()).filteredOn(p -> p.id().equals("FI")).extracting(Party::since, Party::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 4, 4), null));
        assertThat(draft.parties()).filteredOn(p -> p.id().equals("SE")).extracting(Party::until)
                .containsExactly(LocalDate.of(2030, 12, 31));
        assertThat(draft.hasDates()).isTrue();
    }

    @Test
    void should_apply_always_when_the_draft_gives_no_dates() {
        // given
        Path dir = Fixtures.testDraft(root, Map.of());

        // when
        CompiledDraft draft = DraftLoader.load(dir);

        // then
        assertThat(draft.inForce().always()).isTrue();
        assertThat(draft.hasDates()).isFalse();
        assertThat(draft.parties()).allSatisfy(p -> assertThat(p.isPartyOn(LocalDate.of(1900, 1, 1))).isTrue());
    }

    @Test
    void should_locate_a_date_that_does_not_exist() {
        // given
        Path dir = draftWith("inForce: {from: 2023-02-30}\n", "");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).containsExactly(
                "draft.yaml:8:17: 'from': 2023-02-30 is not a day of the calendar: February 2023 has 28 days");
    }

    @Test
    void should_suggest_the_iso_form_when_a_date_is_written_day_first() {
        // given
        Path dir = draftWith("", "  - {id: FI, role: guarantor, since: 04.04.2023}\n");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).containsExactly("draft.yaml:11:38: 'since' must be a date written YYYY-MM-DD, such as "
                + "1949-08-24, not '04.04.2023' (did you mean 2023-04-04?)");
    }

    @Test
    void should_locate_an_end_before_entry_into_force() {
        // given
        Path dir = draftWith("inForce:\n  from: 2024-01-01\n  until: 2023-12-31\n", "");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).containsExactly("draft.yaml:10:10: inForce runs until 2023-12-31, before it enters into "
                + "force on 2024-01-01: 'until' is the last day in force and cannot come before 'from'");
    }

    @Test
    void should_locate_a_membership_that_ends_before_it_starts() {
        // given
        Path dir = draftWith("", "  - {id: FI, role: guarantor, since: 2024-01-01, until: 2020-01-01}\n");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).singleElement().asString().startsWith("draft.yaml:11:57: party FI is a party until 2020-01-01, "
                + "before it becomes one on 2024-01-01");
    }

    @Test
    void should_suggest_the_key_when_in_force_has_an_unknown_one() {
        // given
        Path dir = draftWith("inForce: {form: 2024-01-01}\n", "");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).containsExactly(
                "draft.yaml:8:10: inForce needs 'from': the day the draft enters into force, such as from: 1949-08-24",
                "draft.yaml:8:11: unknown field 'form' in inForce (did you mean 'from'?)");
    }

    @Test
    void should_locate_a_date_given_as_a_list() {
        // given
        Path dir = draftWith("", "  - {id: FI, role: guarantor, until: [2024-01-01]}\n");

        // when
        List<String> problems = problems(dir);

        // then
        assertThat(problems).containsExactly(
                "draft.yaml:11:38: 'until' must be a date written YYYY-MM-DD, such as 1949-08-24, not a list");
    }
}
