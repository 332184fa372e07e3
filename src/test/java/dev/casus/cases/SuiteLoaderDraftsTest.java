package dev.casus.cases;

import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.vocabulary.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How a case file is read against the drafts there are: their names, and the attributes that are known. */
class SuiteLoaderDraftsTest {

    private static final Map<String, List<AttributeDeclaration>> ATTRIBUTES =
            Map.of("test", List.of(new AttributeDeclaration("nuclear-used", ValueType.BOOLEAN, List.of(), "")));

    @TempDir
    Path root;

    @Test
    void should_not_report_an_attribute_as_unknown_when_a_draft_it_tests_has_unknown_attributes() {
        // given: draft 'broken' exists, but its draft.yaml could not be read
        Path file = Fixtures.write(root.resolve("cases.yaml"), """
                drafts: [broken]
                cases:
                  - id: c1
                    incident: {act: missile-strike, extra: {nuclear-used: true}}
                  - id: c2
                    incident: {act: missile-strike, kiled: 3}
                """);

        // when
        Suite suite = SuiteLoader.load(file, Set.of("test", "broken"), ATTRIBUTES);

        // then
        assertThat(suite.cases()).extracting(c -> c.id()).containsExactly("c1");
        assertThat(suite.badCases()).hasSize(1);
        assertThat(suite.badCases().get(0).problems()).extracting(Problem::toString)
                .containsExactly(file + ":6:37: unknown field 'kiled' in an incident (did you mean 'killed'?)");
    }

    @Test
    void should_still_report_an_unknown_attribute_when_every_draft_it_tests_has_known_attributes() {
        // given
        Path file = Fixtures.write(root.resolve("cases.yaml"), """
                drafts: [test]
                cases:
                  - id: c1
                    incident: {act: missile-strike, extra: {nuclear-use: true}}
                """);

        // when
        Suite suite = SuiteLoader.load(file, Set.of("test", "broken"), ATTRIBUTES);

        // then
        assertThat(suite.badCases()).singleElement().satisfies(bad -> assertThat(bad.problems()).extracting(Problem::message)
                .singleElement().asString().startsWith("unknown attribute 'nuclear-use'").contains("did you mean 'nuclear-used'"));
    }

    @Test
    void should_list_the_drafts_when_a_case_file_names_a_draft_near_none_of_them() {
        // given
        Path file = Fixtures.write(root.resolve("cases.yaml"), "drafts: [nosuch]\ncases: []\n");

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SuiteLoader.load(file, Set.of("test", "broken"), ATTRIBUTES));

        // then
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:9: no draft 'nosuch' in the rules folder; the drafts are broken, test");
    }

    @Test
    void should_suggest_the_nearest_draft_when_one_is_near() {
        // given
        Path file = Fixtures.write(root.resolve("cases.yaml"), "drafts: [tset]\ncases: []\n");

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SuiteLoader.load(file, Set.of("test", "broken"), ATTRIBUTES));

        // then
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:9: no draft 'tset' in the rules folder (did you mean 'test'?)");
    }
}
