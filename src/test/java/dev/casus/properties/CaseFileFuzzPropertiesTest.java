package dev.casus.properties;

import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.model.Case;
import dev.casus.model.Problem;
import dev.casus.model.Uncertain;
import dev.casus.properties.YamlFuzz.Fuzzed;
import dev.casus.vocabulary.AttributeDeclaration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case-file loader, fuzzed: valid case files (the repository's and generated ones) mutated in
 * their structure and their bytes load into a suite, or fail with problems that are all located in
 * the file; never with another exception or an error. Each bad case's problems are located too, and
 * every case that loads is one that can run: it has an incident, and its numbers are finite.
 */
class CaseFileFuzzPropertiesTest {

    private static final Set<String> KNOWN_DRAFTS = FuzzDocuments.knownDrafts();
    private static final Map<String, List<AttributeDeclaration>> ATTRIBUTES = FuzzDocuments.attributesByDraft();
    private static final YamlFuzz.Scratch SCRATCH = new YamlFuzz.Scratch("fuzz-", ".yaml");

    @Provide
    Arbitrary<Fuzzed> caseFiles() {
        return YamlFuzz.fuzzed(FuzzDocuments.caseFiles());
    }

    @Property(tries = 6000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void should_load_a_case_file_or_locate_every_problem_in_it(@ForAll("caseFiles") Fuzzed fuzzed) throws IOException {
        // given
        byte[] bytes = fuzzed.bytes();
        Path file = SCRATCH.write(bytes);

        // when
        List<Problem> problems = new ArrayList<>();
        Suite suite = YamlFuzz.loadOrProblems(() -> SuiteLoader.load(file, KNOWN_DRAFTS, ATTRIBUTES), problems);

        // then
        if (suite != null) {
            assertThat(suite.file()).isEqualTo(file);
            assertThat(suite.drafts()).as("the drafts a loaded case file tests").isNotEmpty();
            suite.cases().forEach(CaseFileFuzzPropertiesTest::assertUsable);
            suite.badCases().forEach(bad -> {
                assertThat(bad.problems()).as("the problems of bad case %s", bad.id()).isNotEmpty();
                problems.addAll(bad.problems());
            });
        }
        YamlFuzz.assertLocated(file, bytes, problems);
        Statistics.label("outcome").collect(suite == null ? "invalid file" : suite.badCases().isEmpty() ? "every case read" : "bad cases")
                .coverage(coverage -> {
                    coverage.check("every case read").percentage(p -> p > 15);
                    coverage.check("bad cases").percentage(p -> p > 10);
                    coverage.check("invalid file").percentage(p -> p > 10);
                });
    }

    /** A case that loaded has an incident, and only finite numbers, ranges from low to high. */
    private static void assertUsable(Case c) {
        assertThat(c.events()).as("the incidents of case %s", c.id()).isNotEmpty();
        for (Case.Event event : c.events()) {
            event.fields().forEach((field, value) -> {
                String what = c.id() + "." + field + " = " + value;
                if (value instanceof Uncertain.Exactly exactly) {
                    assertFinite(exactly.value(), what);
                } else if (value instanceof Uncertain.OneOf oneOf) {
                    oneOf.values().forEach(v -> assertFinite(v, what));
                } else if (value instanceof Uncertain.Between between) {
                    assertFinite(between.from(), what);
                    assertFinite(between.to(), what);
                    assertThat(between.from()).as(what).isLessThan(between.to());
                }
            });
        }
    }

    private static void assertFinite(Object value, String what) {
        if (value instanceof Double d) {
            assertThat(Double.isFinite(d)).as("a finite number in %s", what).isTrue();
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        SCRATCH.remove();
    }
}
