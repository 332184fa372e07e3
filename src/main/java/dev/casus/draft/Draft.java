package dev.casus.draft;

import dev.casus.analysis.CaseAnalyser;
import dev.casus.api.CaseAnalysis;
import dev.casus.analysis.Lexicon;
import dev.casus.api.AnalysisOptions;
import dev.casus.model.Case;
import dev.casus.engine.RuleBase;
import dev.casus.api.WorldResult;
import dev.casus.model.AttributeDeclaration;
import dev.casus.model.Commitment;
import dev.casus.model.Incident;
import dev.casus.model.Party;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled draft: its parties, commitments and clauses, ready to evaluate incidents.
 * Immutable and safe to share between threads; each evaluation runs in a session of its own.
 * Obtain one with {@link dev.casus.Casus#load(Path)}.
 */
public final class Draft {

    private final String id;
    private final Path directory;
    private final DraftSpec spec;
    private final List<Clause> clauses;
    private final Map<String, Clause> clausesByRule;
    private final RuleBase ruleBase;
    private final Lexicon lexicon;
    private final Map<String, String> vaguePhrases;
    private final java.util.concurrent.atomic.LongAdder evaluations = new java.util.concurrent.atomic.LongAdder();

    Draft(String id, Path directory, DraftSpec spec, List<Clause> clauses, RuleBase ruleBase, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.id = id;
        this.directory = directory;
        this.spec = spec;
        this.clauses = List.copyOf(clauses);
        Map<String, Clause> byRule = new LinkedHashMap<>();
        clauses.forEach(c -> byRule.put(c.rule(), c));
        this.clausesByRule = Map.copyOf(byRule);
        this.ruleBase = ruleBase;
        Map<String, String> phrases = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            String phrase = clause.vague() != null && !clause.vague().isBlank() ? clause.vague()
                    : lexicon.foundIn(clause.text()).isEmpty() ? null : String.join("\", \"", lexicon.foundIn(clause.text()));
            if (phrase != null) {
                phrases.put(clause.rule(), phrase);
            }
        }
        this.vaguePhrases = Map.copyOf(phrases);
    }

    /** The draft's id: its folder name. */
    public String id() {
        return id;
    }

    public Path directory() {
        return directory;
    }

    public String title() {
        return spec.title();
    }

    public String version() {
        return spec.version();
    }

    /** The guarantee model it follows, in a few words. */
    public String model() {
        return spec.model();
    }

    public List<Source> sources() {
        return spec.sources();
    }

    public List<AttributeDeclaration> attributes() {
        return spec.attributes();
    }

    public List<Party> parties() {
        return spec.parties();
    }

    public List<Commitment> commitments() {
        return spec.commitments();
    }

    /** Every clause, in file and line order. */
    public List<Clause> clauses() {
        return clauses;
    }

    /** The open-texture lexicon: the shipped words plus the draft's own lexicon.txt. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The phrase that makes a clause open-textured: its {@code @vague} phrase, else the lexicon words
     * its {@code @text} uses; null when it has neither.
     */
    public String vaguePhrase(Clause clause) {
        return vaguePhrases.get(clause.rule());
    }


    /** Every {@code party/commitment} pair the draft declares as owed. */
    public List<String> commitmentKeys() {
        List<String> keys = new ArrayList<>();
        for (Commitment c : spec.commitments()) {
            for (String party : WorldResult.owers(c, spec.parties())) {
                keys.add(party + "/" + c.id());
            }
        }
        return keys.stream().sorted().toList();
    }

    /** Evaluates one concrete incident. */
    public WorldResult evaluate(Incident incident) {
        Objects.requireNonNull(incident, "incident must not be null");
        return evaluate(List.of(incident));
    }

    /** Evaluates a timeline of concrete incidents as one world. */
    public WorldResult evaluate(List<Incident> timeline) {
        return evaluateWithout(timeline, Set.of());
    }

    /**
     * Evaluates a timeline with some clauses not applied, named by rule: how the "not applied"
     * reading of an open-textured clause is tried.
     */
    public WorldResult evaluateWithout(List<Incident> timeline, Set<String> rulesNotApplied) {
        Objects.requireNonNull(timeline, "timeline must not be null");
        Objects.requireNonNull(rulesNotApplied, "rulesNotApplied must not be null");
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("timeline must hold at least one incident");
        }
        evaluations.increment();
        RuleBase.Outcome outcome = ruleBase.evaluate(spec.parties(), timeline, rulesNotApplied);
        return WorldResult.of(outcome, timeline, spec.parties(), spec.commitments(), clausesByRule);
    }

    /** Internal: the compiled rule base, for the benchmark's bare-engine baseline. */
    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** How many worlds this draft has evaluated since it was loaded, analyses included: a measure of cost. */
    public long evaluationCount() {
        return evaluations.sum();
    }

    /** The three-way answer for an uncertain case, with findings, under default options. */
    public CaseAnalysis analyse(Case c) {
        return analyse(c, AnalysisOptions.defaults());
    }

    /** The three-way answer for an uncertain case, with findings. */
    public CaseAnalysis analyse(Case c, AnalysisOptions options) {
        Objects.requireNonNull(c, "case must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return CaseAnalyser.analyse(this, c, options);
    }

    @Override
    public String toString() {
        return "Draft[" + id + "]";
    }
}
