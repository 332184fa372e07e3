package dev.casus.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.casus.draft.CompiledDraft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/architecture.md, enforced on the compiled classes. */
@AnalyzeClasses(packages = "dev.casus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_depend_only_downwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("dev.casus.model")
            .layer("vocabulary").definedBy("dev.casus.vocabulary")
            .layer("api").definedBy("dev.casus.api")
            .layer("yaml").definedBy("dev.casus.yaml")
            .layer("engine").definedBy("dev.casus.engine")
            .layer("draft").definedBy("dev.casus.draft")
            .layer("evaluation").definedBy("dev.casus.evaluation")
            .layer("cases").definedBy("dev.casus.cases")
            .layer("analysis").definedBy("dev.casus.analysis")
            .layer("run").definedBy("dev.casus.run")
            .layer("report").definedBy("dev.casus.report")
            .layer("bench").definedBy("dev.casus.bench")
            .layer("front door").definedBy("dev.casus")
            .layer("testing").definedBy("dev.casus.testing")
            .layer("cli").definedBy("dev.casus.cli")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("vocabulary").mayOnlyAccessLayers("model")
            .whereLayer("api").mayOnlyAccessLayers("model", "vocabulary")
            .whereLayer("yaml").mayOnlyAccessLayers("model", "vocabulary")
            .whereLayer("engine").mayOnlyAccessLayers("model", "vocabulary", "yaml")
            .whereLayer("draft").mayOnlyAccessLayers("model", "vocabulary", "yaml", "engine")
            .whereLayer("evaluation").mayOnlyAccessLayers("model", "vocabulary", "api", "engine", "draft")
            .whereLayer("cases").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml")
            .whereLayer("analysis").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "engine", "draft", "evaluation")
            .whereLayer("run").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "engine", "draft", "evaluation", "cases", "analysis")
            .whereLayer("report").mayOnlyAccessLayers("model", "vocabulary", "api")
            .whereLayer("bench").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "engine", "draft", "evaluation",
                    "cases", "analysis", "run")
            .whereLayer("front door").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "draft", "evaluation", "cases",
                    "analysis", "run")
            .whereLayer("testing").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "draft", "evaluation", "cases",
                    "analysis", "run", "front door")
            .whereLayer("cli").mayOnlyAccessLayers("model", "vocabulary", "api", "yaml", "engine", "draft", "evaluation", "cases",
                    "analysis", "run", "report", "bench", "front door");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("dev.casus.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule drools_only_where_the_engine_is = noClasses()
            .that().resideOutsideOfPackages("dev.casus.engine", "dev.casus.draft")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("Drools stays behind Casus' API: the engine runs sessions, and the draft reads clauses with its parser");

    @ArchTest
    static final ArchRule drools_runtime_only_in_the_engine = noClasses()
            .that().resideOutsideOfPackage("dev.casus.engine")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools.core..", "org.drools.kiesession..")
            .because("sessions, rule bases and the KIE API belong to the engine alone");

    @ArchTest
    static final ArchRule no_drools_internals = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.drools.core..", "org.drools.mvel..",
                    "org.drools.compiler..", "org.drools.kiesession..", "org.drools.base..")
            .because("only the supported API is used: org.kie.api and the DRL parser's descriptors");

    @ArchTest
    static final ArchRule detectors_evaluate_only_through_the_world_evaluator = noClasses()
            .that().resideInAPackage("dev.casus.analysis").and().haveSimpleNameEndingWith("Detector")
            .should().dependOnClassesThat().resideInAPackage("dev.casus.evaluation..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.casus.engine.RuleBase")
            .orShould().callMethod(CompiledDraft.class, "ruleBase")
            .orShould().callMethod(CompiledDraft.class, "countEvaluation")
            .because("a detector evaluates a world again only through the evidence's WorldEvaluator, so what it costs can be counted and faked");
}
