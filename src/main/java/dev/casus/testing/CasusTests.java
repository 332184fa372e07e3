package dev.casus.testing;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.api.AnalysisOptions;
import dev.casus.model.Case;
import dev.casus.model.Case.Expectation;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import dev.casus.run.ProjectRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns case files into JUnit 5 dynamic tests: one container per case, with the case file as its
 * test source so the IDE jumps to it, and one test per expectation. Use it from a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> coalition() {
 *     return CasusTests.suite(Path.of("rules"), Path.of("cases/coalition.yaml"));
 * }
 * }</pre>
 */
public final class CasusTests {

    private CasusTests() {
    }

    /** Every case file at {@code casesPath} (a file or a folder) against the drafts it names. */
    public static Stream<DynamicNode> suite(Path rulesDir, Path casesPath) {
        return suite(rulesDir, casesPath, false);
    }

    /**
     * As {@link #suite(Path, Path)}; with {@code strict}, a finding a case does not expect fails it,
     * as a case file's own {@code strict: true} does.
     */
    public static Stream<DynamicNode> suite(Path rulesDir, Path casesPath, boolean strict) {
        ProjectRunner runner = new ProjectRunner(AnalysisOptions.defaults(), 1);
        ProjectRunner.Drafts drafts = runner.loadDrafts(rulesDir);
        Map<String, List<AttributeDeclaration>> attributes = drafts.attributes();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : ProjectRunner.caseFiles(casesPath)) {
            Suite suite;
            try {
                suite = SuiteLoader.load(file, drafts.all(), attributes);
            } catch (InvalidInputException e) {
                nodes.add(failing(file.toString(), file.toUri(), "invalid case file:\n" + lines(e.problems())));
                continue;
            }
            List<DynamicNode> perDraft = new ArrayList<>();
            for (String draftId : suite.drafts()) {
                CompiledDraft draft = drafts.loaded().get(draftId);
                if (draft == null) {
                    List<Problem> problems = new ArrayList<>(drafts.problems().stream()
                            .filter(p -> p.file().startsWith(rulesDir.resolve(draftId))).toList());
                    suite.badCases().forEach(bad -> problems.addAll(bad.problems()));
                    int notRun = suite.cases().size() + suite.badCases().size();
                    perDraft.add(failing("draft " + draftId, file.toUri(), "draft " + draftId + " does not load, so "
                            + notRun + " case" + (notRun == 1 ? "" : "s") + " of this file did not run against it:\n" + lines(problems)));
                    continue;
                }
                Suite theSuite = suite;
                Supplier<DraftRun> run = memoize(() -> runner.runSuite(draft, theSuite, strict));
                List<DynamicNode> cases = new ArrayList<>();
                for (int i = 0; i < suite.cases().size(); i++) {
                    cases.add(caseContainer(run, i, draft, suite.cases().get(i), suite.strict() || strict));
                }
                for (Suite.BadCase bad : suite.badCases()) {
                    cases.add(failing(bad.id(), at(file, bad.line()), "invalid case:\n" + lines(bad.problems())));
                }
                if (suite.strict() || strict) {
                    cases.add(DynamicTest.dynamicTest("draft " + draftId + " has no unexpected findings (strict)", file.toUri(), () -> {
                        List<String> unexpected = run.get().strictFailures().stream().map(f -> f.located()).toList();
                        if (!unexpected.isEmpty()) {
                            throw new AssertionFailedError("findings no case expects:\n" + String.join("\n", unexpected));
                        }
                    }));
                }
                perDraft.add(DynamicContainer.dynamicContainer(draftId, file.toUri(), cases.stream()));
            }
            nodes.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), perDraft.stream()));
        }
        if (nodes.isEmpty()) {
            nodes.add(failing(casesPath.toString(), casesPath.toUri(), "no case files at " + casesPath));
        }
        return nodes.stream();
    }

    private static DynamicNode caseContainer(Supplier<DraftRun> run, int position, CompiledDraft draft, Case c, boolean strict) {
        URI source = at(c.file(), c.line());
        Supplier<CaseRun> result = () -> run.get().cases().get(position);
        List<Expectation> expectations = new ArrayList<>(c.expectationsFor(draft.id()));
        List<String> labels = new ArrayList<>(expectations.stream().map(e -> "").toList());
        for (Case.Update u : c.updates()) {
            // checked after the case's own expectations, in this order, as of the update's date
            u.expectations().forEach(e -> {
                expectations.add(e);
                labels.add("as of " + u.at() + ": ");
            });
        }
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("evaluates without errors", source, () -> {
            CaseRun r = result.get();
            if (r.isError()) {
                throw new AssertionFailedError(lines(r.errors()));
            }
        }));
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest("expects " + labels.get(i) + expectation.describe(), at(c.file(), expectation.line()), () -> {
                CaseRun r = result.get();
                if (r.isError()) {
                    throw new AssertionFailedError("the case did not run:\n" + lines(r.errors()));
                }
                ExpectationResult checked = r.expectations().get(index);
                if (!checked.passed()) {
                    throw new AssertionFailedError(c.file() + ":" + expectation.line() + ": case " + c.id()
                            + " (draft " + draft.id() + ")\nexpected: " + labels.get(index) + expectation.describe() + "\n but was: " + checked.actual());
                }
            }));
        }
        if (strict) {
            tests.add(DynamicTest.dynamicTest("has no unexpected findings (strict)", source, () -> {
                CaseRun r = result.get();
                List<String> unexpected = r.expectations().stream().skip(expectations.size())
                        .filter(x -> !x.passed()).map(ExpectationResult::actual).toList();
                if (!unexpected.isEmpty()) {
                    throw new AssertionFailedError(String.join("\n", unexpected));
                }
            }));
        }
        return DynamicContainer.dynamicContainer(c.id() + ": " + c.title(), source, tests.stream());
    }

    /** Runs a suite once, when the first of its tests runs. */
    private static <T> Supplier<T> memoize(Supplier<T> run) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = run.get();
                }
                return value;
            }
        };
    }

    private static DynamicTest failing(String name, URI source, String message) {
        return DynamicTest.dynamicTest(name, source, () -> {
            throw new AssertionFailedError(message);
        });
    }

    /** The file's URI with a line, in the form JUnit's FileSource understands. */
    private static URI at(Path file, int line) {
        URI uri = file.toAbsolutePath().toUri();
        return line > 0 ? URI.create(uri + "?line=" + line) : uri;
    }

    private static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
