package dev.casus;

import dev.casus.analysis.CaseAnalyser;
import dev.casus.analysis.StaticAnalyser;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.evaluation.Evaluator;
import dev.casus.model.Case;
import dev.casus.model.Commitment;
import dev.casus.model.Incident;
import dev.casus.model.Party;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled draft: its parties, commitments and clauses, ready to evaluate incidents and analyse
 * cases. Immutable and safe to share between threads; each evaluation runs in a session of its own.
 * Obtain one with {@link Casus#load(Path)}.
 */
public final class Draft {

    private final CompiledDraft compiled;

    Draft(CompiledDraft compiled) {
        this.compiled = compiled;
    }

    /** The draft's id: its folder name. */
    public String id() {
        return compiled.id();
    }

    /** The folder it was loaded from. */
    public Path directory() {
        return compiled.directory();
    }

    /** The title from draft.yaml. */
    public String title() {
        return compiled.title();
    }

    /** The version from draft.yaml; empty when none. */
    public String version() {
        return compiled.version();
    }

    /** The guarantee model it follows, in a few words. */
    public String model() {
        return compiled.model();
    }

    /** The parties of draft.yaml. */
    public List<Party> parties() {
        return compiled.parties();
    }

    /** The commitments of draft.yaml. */
    public List<Commitment> commitments() {
        return compiled.commitments();
    }

    /** The day the draft enters into force (draft.yaml {@code inForce: from}); empty when it gives none, and applies on any day. */
    public Optional<LocalDate> inForceFrom() {
        return compiled.inForce().always() ? Optional.empty() : Optional.of(compiled.inForce().from());
    }

    /** The last day the draft is in force (draft.yaml {@code inForce: until}); empty when it stays in force. */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(compiled.inForce().until());
    }

    /**
     * True when the draft is in force on {@code date}: from {@code inForce: from} to {@code until}, both
     * days included; always true for a draft without {@code inForce}.
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return compiled.inForce().on(date);
    }

    /**
     * The named areas its clauses may ask about with {@code inArea}, by name, each with its name in words:
     * the built-in ones ({@code north-atlantic-treaty-area}, {@code eu-territory}) and the project's vocabulary.yaml.
     */
    public java.util.SortedMap<String, String> areas() {
        java.util.SortedMap<String, String> named = new java.util.TreeMap<>();
        compiled.areas().forEach((id, area) -> named.put(id, area.name()));
        return named;
    }

    /**
     * Whether an incident lies in a named area, as a clause's {@code inArea} would find it: from its
     * countries, region, zone, latitude and longitude.
     *
     * @throws IllegalArgumentException when the draft knows no such area
     */
    public boolean inArea(Incident incident, String area) {
        dev.casus.draft.Area found = compiled.areas().get(area);
        if (found == null) {
            throw new IllegalArgumentException("no area '" + area + "'" + dev.casus.yaml.Suggest.hint(area, compiled.areas().keySet())
                    + "; the areas are " + String.join(", ", new java.util.TreeSet<>(compiled.areas().keySet())));
        }
        return found.contains(incident);
    }

    /** Every {@code party/commitment} pair the draft declares as owed, sorted. */
    public List<String> commitmentKeys() {
        return compiled.commitmentKeys();
    }

    /** Evaluates one concrete incident. */
    public WorldResult evaluate(Incident incident) {
        Objects.requireNonNull(incident, "incident must not be null");
        return Evaluator.evaluate(compiled, List.of(incident));
    }

    /** Evaluates a timeline of concrete incidents as one world. */
    public WorldResult evaluate(List<Incident> timeline) {
        return Evaluator.evaluate(compiled, timeline);
    }

    /** A builder for a case to analyse, checked against this draft's vocabulary and attributes. */
    public CaseBuilder newCase(String id) {
        return new CaseBuilder(id, compiled.attributes(), compiled.declaredActs());
    }

    /** The three-way answer for an uncertain case, with findings, under default options. */
    public CaseAnalysis analyse(Case c) {
        return analyse(c, AnalysisOptions.defaults());
    }

    /**
     * The three-way answer for an uncertain case, with findings.
     *
     * @throws IllegalArgumentException when the case names a field the draft does not know, with the nearest valid one
     */
    public CaseAnalysis analyse(Case c, AnalysisOptions options) {
        Objects.requireNonNull(c, "case must not be null");
        Objects.requireNonNull(options, "options must not be null");
        CaseBuilder.checkFields(c, compiled.attributes(), compiled.declaredActs());
        return CaseAnalyser.analyse(compiled, c, options);
    }

    /** The findings that need no case: wording drift and undefined terms, sorted. */
    public List<Finding> staticFindings() {
        return StaticAnalyser.analyse(compiled);
    }

    /**
     * True when its clauses were confined when it loaded (the default); false when it was loaded with
     * {@code trustClauses}, so that its clauses may run any Java.
     */
    public boolean confined() {
        return compiled.confined();
    }

    /** How many worlds this draft has evaluated since it was loaded, analyses included: a measure of cost. */
    public long evaluationCount() {
        return compiled.evaluationCount();
    }

    @Override
    public String toString() {
        return "Draft[" + id() + "]";
    }
}
