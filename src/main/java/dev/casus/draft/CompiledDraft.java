package dev.casus.draft;

import dev.casus.engine.RuleBase;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Commitment;
import dev.casus.model.Party;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled draft: its parties, commitments and clauses, ready to evaluate incidents.
 * Immutable and safe to share between threads; each evaluation runs in a session of its own.
 * Obtain one with {@link dev.casus.Casus#load(Path)}.
 */
public final class CompiledDraft {

    private final String id;
    private final Path directory;
    private final DraftSpec spec;
    private final List<Clause> clauses;
    private final Map<String, Clause> clausesByRule;
    private final RuleBase ruleBase;
    private final Lexicon lexicon;
    private final Map<String, String> vaguePhrases;
    private final boolean confined;
    private final Map<String, Area> areasRead;
    /** The lexicon's words that, in a clause activating only commitments whose content is at discretion, express that discretion. */
    private static final java.util.Set<String> DISCRETION_WORDS = java.util.Set.of("necessary", "appropriate");
    private final java.util.concurrent.atomic.LongAdder evaluations = new java.util.concurrent.atomic.LongAdder();

    CompiledDraft(String id, Path directory, DraftSpec spec, List<Clause> clauses, RuleBase ruleBase, Lexicon lexicon,
                  boolean confined) {
        this.confined = confined;
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
        java.util.Set<String> discretionary = new java.util.HashSet<>();
        spec.commitments().stream().filter(Commitment::contentAtDiscretion).forEach(c -> discretionary.add(c.id()));
        for (Clause clause : clauses) {
            List<String> found = lexicon.foundIn(clause.text());
            if (!clause.actions().isEmpty() && clause.actions().stream()
                    .allMatch(a -> !a.concludesTerm() && discretionary.contains(a.subject()))) {
                // "such action as it deems necessary": the party's discretion over the response, not a judgment left open
                found = found.stream().filter(w -> !DISCRETION_WORDS.contains(w)).toList();
            }
            String phrase = clause.vague() != null && !clause.vague().isBlank() ? clause.vague()
                    : found.isEmpty() ? null : String.join("\", \"", found);
            if (phrase != null) {
                phrases.put(clause.rule(), phrase);
            }
        }
        this.vaguePhrases = Map.copyOf(phrases);
        Map<String, Area> read = new java.util.TreeMap<>();
        clauses.forEach(c -> c.literals().getOrDefault(Clause.AREAS, java.util.Set.of())
                .forEach(name -> { if (spec.areas().containsKey(name)) { read.put(name, spec.areas().get(name)); } }));
        this.areasRead = Map.copyOf(read);
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

    /** The acts the project's vocabulary.yaml declares, beyond {@link dev.casus.model.Act}, as case files write them. */
    public java.util.Set<String> declaredActs() {
        return spec.acts();
    }

    /** The named areas its clauses may ask about: built into Casus, and the project's vocabulary.yaml. */
    public Map<String, Area> areas() {
        return spec.areas();
    }

    /** The areas its clauses ask about with {@code inArea}, by name: the only ones an evaluation needs to find. */
    public Map<String, Area> areasRead() {
        return areasRead;
    }

    /** The decisions draft.yaml declares under {@code decisions:}, in order. */
    public List<Commitment.Decision> decisions() {
        return spec.decisions();
    }

    public List<Party> parties() {
        return spec.parties();
    }

    public List<Commitment> commitments() {
        return spec.commitments();
    }

    /** When the draft is in force; {@link InForce#ALWAYS} when draft.yaml gives no {@code inForce}. */
    public InForce inForce() {
        return spec.inForce();
    }

    /** True when the draft or one of its parties has dates, so that an incident's time decides what applies. */
    public boolean hasDates() {
        return !spec.inForce().always() || spec.parties().stream().anyMatch(p -> p.since() != null || p.until() != null);
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
            for (String party : c.owedBy(spec.parties())) {
                keys.add(party + "/" + c.id());
            }
        }
        return keys.stream().sorted().toList();
    }

    /**
     * True when its clauses were confined when it loaded: they use only what a clause may. False for a
     * draft loaded as trusted, whose clauses may run any Java.
     */
    public boolean confined() {
        return confined;
    }

    /** The compiled rule base. */
    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** How many worlds this draft has evaluated since it was loaded, analyses included: a measure of cost. */
    public long evaluationCount() {
        return evaluations.sum();
    }

    /** Counts one evaluation. */
    public void countEvaluation() {
        evaluations.increment();
    }

    /** Every clause by its rule name. */
    public Map<String, Clause> clausesByRule() {
        return clausesByRule;
    }

    /** The wording of each named clause, by clause id; clauses without wording are left out. */
    public Map<String, String> wordingOf(List<String> clauseIds) {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String id : clauseIds) {
            String text = String.join(" / ", clauses.stream().filter(c -> c.id().equals(id))
                    .map(Clause::text).filter(t -> !t.isEmpty()).distinct().toList());
            if (!text.isEmpty()) {
                texts.put(id, text);
            }
        }
        return texts;
    }

    @Override
    public String toString() {
        return "Draft[" + id + "]";
    }
}
