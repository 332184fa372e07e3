package dev.casus.properties;

import dev.casus.draft.CompiledDraft;
import dev.casus.draft.DraftLoader;
import dev.casus.draft.DraftSpecs;
import dev.casus.model.Problem;
import dev.casus.properties.YamlFuzz.Fuzzed;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft.yaml reader, fuzzed: valid draft.yaml files (the repository's and generated ones) mutated
 * in their structure and their bytes give a spec, or problems that are all located in the file; never
 * another exception or an error. The reader is called alone, without compiling clauses, to keep it fast;
 * a hundred more tries load the whole draft folder, with a small clause file.
 */
class DraftYamlFuzzPropertiesTest {

    private static final YamlFuzz.Scratch SCRATCH = new YamlFuzz.Scratch("draft-", ".yaml");
    /** Clauses that read an attribute, a party and a commitment the fuzzed draft.yaml may or may not declare. */
    private static final byte[] CLAUSES = """
            package casus.fuzz;

            rule "aggression"
                @clause("Art. 1")
                @text("A strike by a State that kills at least 10 people, or uses nuclear weapons, is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE, killed >= 10 || flag("nuclear-used"))
            then
                holds("aggression", $i);
            end

            rule "consult"
                @clause("Art. 2")
                @text("On aggression each guarantor consults.")
            when
                Holds(term == "aggression")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            """.getBytes(StandardCharsets.UTF_8);
    private static Path folders;
    private static int drafts;

    @Provide
    Arbitrary<Fuzzed> draftFiles() {
        return YamlFuzz.fuzzed(FuzzDocuments.draftFiles());
    }

    @Property(tries = 6000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void should_read_a_draft_yaml_or_locate_every_problem_in_it(@ForAll("draftFiles") Fuzzed fuzzed) throws IOException {
        // given
        byte[] bytes = fuzzed.bytes();
        Path file = SCRATCH.write(bytes);

        // when
        DraftSpecs.Read read = DraftSpecs.read(file);

        // then
        List<Problem> problems = read.problems();
        assertThat(read.read() || !problems.isEmpty()).as("a draft.yaml that gives no spec has problems").isTrue();
        YamlFuzz.assertLocated(file, bytes, problems);
        Statistics.label("outcome").collect(problems.isEmpty() ? "read" : read.read() ? "read with problems" : "not read")
                .coverage(coverage -> {
                    coverage.check("read").percentage(p -> p > 15);
                    coverage.check("read with problems").percentage(p -> p > 10);
                    coverage.check("not read").percentage(p -> p > 10);
                });
    }

    /**
     * The whole draft loader, with a small valid clause file beside the fuzzed draft.yaml: what draft.yaml
     * declares (parties, commitments, attributes) reaches the clause checks and the compiler. Few tries,
     * for each compiles the draft.
     */
    @Property(tries = 100)
    void should_load_a_draft_folder_or_locate_every_problem_when_its_draft_yaml_is_fuzzed(
            @ForAll("draftFiles") Fuzzed fuzzed) throws IOException {
        // given
        byte[] bytes = fuzzed.bytes();
        Path folder = Files.createDirectories(scratchFolder().resolve("draft-" + (++drafts)));
        Path yaml = Files.write(folder.resolve("draft.yaml"), bytes);
        Path drl = Files.write(folder.resolve("clauses.drl"), CLAUSES);

        // when
        List<Problem> problems = new ArrayList<>();
        CompiledDraft draft = YamlFuzz.loadOrProblems(() -> DraftLoader.load(folder), problems);

        // then
        assertThat(draft != null || !problems.isEmpty()).as("a draft that does not load has problems").isTrue();
        YamlFuzz.assertLocated(yaml, bytes, problems.stream().filter(p -> p.file().equals(yaml)).toList());
        YamlFuzz.assertLocated(drl, CLAUSES, problems.stream().filter(p -> p.file().equals(drl)).toList());
        assertThat(problems).as("every problem is in draft.yaml or the clause file")
                .allSatisfy(p -> assertThat(p.file()).isIn(yaml, drl));
        YamlFuzz.delete(folder);
    }

    private static Path scratchFolder() throws IOException {
        if (folders == null) {
            folders = Files.createTempDirectory("casus-fuzz-drafts");
        }
        return folders;
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        SCRATCH.remove();
        if (folders != null) {
            YamlFuzz.delete(folders);
        }
    }
}
