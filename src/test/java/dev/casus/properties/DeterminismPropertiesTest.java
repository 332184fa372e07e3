package dev.casus.properties;

import dev.casus.Draft;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.Uncertain;
import dev.casus.report.JsonReport;
import dev.casus.run.ProjectRunner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results depend on the draft and the cases alone: not on how many threads run them, nor on the
 * order of the clauses in their files, nor on how the clauses are split into files.
 */
class DeterminismPropertiesTest {

    private static final int MAX_WORLDS = 48;
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withMaxWorlds(MAX_WORLDS);

    /** What a case may expect, one line of a case file's {@code expect:} each. */
    private static final List<String> EXPECTATIONS = List.of(
            "active: [FR/consult]", "inactive: [FR/assist]", "conditional: [DE/assist]", "undetermined: [FR/assist]",
            "holds: [aggression]", "holdsNot: [armed attack]", "conflict: [\"Art. 1\"]", "silent: true",
            "findings: [{kind: conflict, clause: \"Art. 2\"}]", "findings: [{kind: open-texture, clause: \"Art. 1\"}]",
            "findings: [{kind: dead-clause, clause: \"Art. 3\"}]");

    // thread count ---------------------------------------------------------------------------

    /** A project: drafts by id, and case files by name, each a list of cases with what they expect. */
    record Project(Map<String, DraftModel> drafts, Map<String, List<Expected>> caseFiles, boolean strict) {
    }

    /** A case and the expectations written for it. */
    record Expected(CaseModel theCase, List<String> expect) {
    }

    @Provide
    Arbitrary<Project> projects() {
        Arbitrary<DraftModel> draft = Arbitraries.oneOf(Generators.precedenceDrafts(), Generators.plainDrafts());
        Arbitrary<Expected> expected = Combinators.combine(
                        Generators.cases(Generators.FEW).map(DeterminismPropertiesTest::hostile),
                        Arbitraries.of(EXPECTATIONS).list().ofMaxSize(2).uniqueElements())
                .as(Expected::new);
        Arbitrary<List<Expected>> caseFile = expected.list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(draft.list().ofMinSize(1).ofMaxSize(2), caseFile.list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.of(false, true))
                .as((drafts, files, strict) -> {
                    Map<String, DraftModel> byId = new LinkedHashMap<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        byId.put(List.of("alpha", "beta").get(i), drafts.get(i));
                    }
                    Map<String, List<Expected>> byName = new LinkedHashMap<>();
                    for (int i = 0; i < files.size(); i++) {
                        byName.put("suite-" + (i + 1) + ".yaml", files.get(i));
                    }
                    return new Project(byId, byName, strict);
                });
    }

    /** Every incident names an act, as a case file's incidents do. */
    private static CaseModel hostile(CaseModel c) {
        return new CaseModel(c.events().stream()
                .map(e -> e.fields().containsKey(Field.ACT) ? e : e.with(Field.ACT, new Uncertain.Exactly(Act.MISSILE_STRIKE)))
                .toList());
    }

    @Property(tries = 5)
    void should_report_the_same_json_whatever_the_thread_count(@ForAll("projects") Project project,
                                                                @ForAll("threads") int threads) {
        // given
        Path root = Drafts.TempFolders.create();
        try {
            Path rules = root.resolve("rules");
            Path cases = root.resolve("cases");
            project.drafts().forEach((id, model) -> Drafts.write(rules, id, model.files()));
            project.caseFiles().forEach((name, expected) -> Drafts.TempFolders.write(cases.resolve(name),
                    caseFile(project, expected)));

            // when
            String oneThread = JsonReport.render(new ProjectRunner(OPTIONS, 1).run(rules, cases));
            String several = JsonReport.render(new ProjectRunner(OPTIONS, threads).run(rules, cases));

            // then
            assertThat(oneThread).contains("\"cases\"");
            assertThat(several).as("the JSON report with %d threads", threads).isEqualTo(oneThread);
        } finally {
            Drafts.TempFolders.delete(root);
        }
    }

    @Provide
    Arbitrary<Integer> threads() {
        return Arbitraries.integers().between(2, 4);
    }

    private static String caseFile(Project project, List<Expected> cases) {
        StringBuilder s = new StringBuilder("drafts: [").append(String.join(", ", project.drafts().keySet())).append("]\n");
        s.append("strict: ").append(project.strict()).append('\n');
        s.append("cases:\n");
        for (int i = 0; i < cases.size(); i++) {
            s.append(cases.get(i).theCase().yaml("case-" + (i + 1)));
            if (!cases.get(i).expect().isEmpty()) {
                s.append("    expect:\n");
                cases.get(i).expect().forEach(e -> s.append("      ").append(e).append('\n'));
            }
        }
        return s.toString();
    }

    // order of clauses and files -------------------------------------------------------------

    /** A draft, the same clauses in another order split across files, and cases. */
    record Reordered(DraftModel draft, List<List<ClauseModel>> files, List<CaseModel> cases) {
    }

    @Provide
    Arbitrary<Reordered> reordered() {
        return Generators.precedenceDrafts().flatMap(draft -> Combinators.combine(
                        Arbitraries.shuffle(draft.clauses()),
                        Arbitraries.integers().between(0, 2).list().ofSize(draft.clauses().size()),
                        Generators.cases(Generators.FEW).filter(c -> c.expectedWorlds(draft) <= MAX_WORLDS)
                                .list().ofMinSize(1).ofMaxSize(3))
                .as((shuffled, fileOf, cases) -> {
                    Map<Integer, List<ClauseModel>> files = new TreeMap<>();
                    for (int i = 0; i < shuffled.size(); i++) {
                        files.computeIfAbsent(fileOf.get(i), k -> new ArrayList<>()).add(shuffled.get(i));
                    }
                    return new Reordered(draft, List.copyOf(files.values()), cases);
                }));
    }

    @Property(tries = 12)
    void should_give_the_same_answers_and_findings_whatever_the_order_of_clauses_and_files(
            @ForAll("reordered") Reordered scenario) {
        // given
        Draft inOrder = Drafts.load(scenario.draft());
        Draft reordered = Drafts.load(scenario.draft().files(scenario.files()));
        for (CaseModel c : scenario.cases()) {
            // when
            CaseAnalysis expected = inOrder.analyse(c.toCase("c"), OPTIONS);
            CaseAnalysis actual = reordered.analyse(c.toCase("c"), OPTIONS);

            // then
            assertThat(actual.commitments()).as("commitments").isEqualTo(expected.commitments());
            assertThat(actual.terms()).as("terms").isEqualTo(expected.terms());
            assertThat(actual.findings()).as("findings").isEqualTo(expected.findings());
            for (int w = 0; w < expected.results().size(); w++) {
                assertThat(world(actual.results().get(w))).as("world %s", expected.worlds().get(w).describe())
                        .isEqualTo(world(expected.results().get(w)));
            }
        }
        assertThat(unlocated(reordered.staticFindings())).as("static findings")
                .containsExactlyInAnyOrderElementsOf(unlocated(inOrder.staticFindings()));
    }

    /** A world's terms and commitments with their supports, and the chain behind each. */
    private static List<Object> world(WorldResult result) {
        Map<String, String> explanations = new TreeMap<>();
        result.terms().keySet().forEach(k -> explanations.put(k, result.explain(k).map(e -> e.render()).orElse("")));
        result.commitments().keySet().forEach(k -> explanations.put(k, result.explain(k).map(e -> e.render()).orElse("")));
        return List.of(result.terms(), result.commitments(), result.firedRules(), explanations);
    }

    /** Static findings without where they are, since the clauses moved. */
    private static List<String> unlocated(List<Finding> findings) {
        return findings.stream().map(f -> f.kind().label() + " " + f.clauses() + " " + f.subject() + " " + f.reason()
                + (f.warning() ? " (warning)" : "")).toList();
    }
}
