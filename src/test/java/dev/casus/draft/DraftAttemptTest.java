package dev.casus.draft;

import dev.casus.Fixtures;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DraftAttemptTest {

    @TempDir
    Path root;

    @Test
    void should_give_the_draft_and_its_attributes_when_it_loads() {
        // given
        Path dir = Fixtures.testDraft(root, Map.of());

        // when
        DraftLoader.Attempt attempt = DraftLoader.attempt(dir, false);

        // then
        assertThat(attempt.draft()).isNotNull();
        assertThat(attempt.problems()).isEmpty();
        assertThat(attempt.attributes()).hasValueSatisfying(a -> assertThat(a).extracting(AttributeDeclaration::name).containsExactly("nuclear-used"));
    }

    @Test
    void should_give_the_problems_and_the_attributes_of_draft_yaml_when_a_clause_fails() {
        // given
        Path dir = Fixtures.draft(root, "test", Fixtures.DRAFT_YAML,
                Map.of("clauses.drl", Fixtures.CLAUSES.replace("holds(\"aggression\", $i);", "holds(\"aggression\", $i)")));

        // when
        DraftLoader.Attempt attempt = DraftLoader.attempt(dir, false);

        // then
        assertThat(attempt.draft()).isNull();
        assertThat(attempt.problems()).extracting(Problem::file).containsOnly(dir.resolve("clauses.drl"));
        assertThat(attempt.attributes()).hasValueSatisfying(a -> assertThat(a).extracting(AttributeDeclaration::name).containsExactly("nuclear-used"));
    }

    @Test
    void should_give_no_attributes_when_draft_yaml_has_a_problem() {
        // given
        Path dir = Fixtures.draft(root, "test", Fixtures.DRAFT_YAML.replace("type: boolean", "type: boolen"),
                Map.of("clauses.drl", Fixtures.CLAUSES));

        // when
        DraftLoader.Attempt attempt = DraftLoader.attempt(dir, false);

        // then
        assertThat(attempt.draft()).isNull();
        assertThat(attempt.problems()).extracting(Problem::toString).anyMatch(p -> p.contains("unknown attribute type 'boolen'"));
        assertThat(attempt.attributes()).isEmpty();
    }

    @Test
    void should_give_no_attributes_when_draft_yaml_is_missing() {
        // given
        Path dir = Fixtures.write(root.resolve("test/clauses.drl"), Fixtures.CLAUSES).getParent();

        // when
        DraftLoader.Attempt attempt = DraftLoader.attempt(dir, false);

        // then
        assertThat(attempt.draft()).isNull();
        assertThat(attempt.problems()).extracting(Problem::toString).anyMatch(p -> p.contains("missing draft.yaml"));
        assertThat(attempt.attributes()).isEmpty();
    }
}
