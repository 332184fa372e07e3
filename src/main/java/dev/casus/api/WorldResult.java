package dev.casus.api;

import java.time.Duration;
import dev.casus.model.Incident;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The result of evaluating one concrete world: every term and every party's commitment, each with
 * the clauses behind it, and the clauses that fired. Immutable; Casus builds it.
 */
public final class WorldResult {

    private final List<Incident> incidents;
    private final SortedMap<String, TermResult> terms;
    private final SortedMap<String, CommitmentResult> commitments;
    private final Set<String> firedRules;
    private final Function<String, Optional<Explanation>> explainer;
    private final List<OutOfTime> outOfTime;

    /**
     * A world in which the draft and every party apply to every incident.
     *
     * @param explainer the chain of clauses behind a commitment or term, by key
     */
    public WorldResult(List<Incident> incidents, SortedMap<String, TermResult> terms,
                       SortedMap<String, CommitmentResult> commitments, Set<String> firedRules,
                       Function<String, Optional<Explanation>> explainer) {
        this(incidents, terms, commitments, firedRules, explainer, List.of());
    }

    /**
     * @param explainer the chain of clauses behind a commitment or term, by key
     * @param outOfTime what the dates of the draft and its parties left out of the world
     */
    public WorldResult(List<Incident> incidents, SortedMap<String, TermResult> terms,
                       SortedMap<String, CommitmentResult> commitments, Set<String> firedRules,
                       Function<String, Optional<Explanation>> explainer, List<OutOfTime> outOfTime) {
        this.outOfTime = List.copyOf(outOfTime);
        this.incidents = List.copyOf(incidents);
        this.terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
        this.commitments = Collections.unmodifiableSortedMap(new TreeMap<>(commitments));
        this.firedRules = Collections.unmodifiableSet(new TreeSet<>(firedRules));
        this.explainer = explainer;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    /** Every term some clause concluded about, by name. */
    public SortedMap<String, TermResult> terms() {
        return terms;
    }

    /** Every commitment owed or activated, by {@code party/commitment}. */
    public SortedMap<String, CommitmentResult> commitments() {
        return commitments;
    }

    /** The status of a term; {@link TermStatus#NOT_CONCLUDED} when no clause spoke of it. */
    public TermStatus term(String term) {
        TermResult r = terms.get(term);
        return r == null ? TermStatus.NOT_CONCLUDED : r.status();
    }

    /** The status of a commitment by {@code party/commitment}; {@link CommitmentStatus#INACTIVE} when unknown. */
    public CommitmentStatus commitment(String key) {
        CommitmentResult r = commitments.get(key);
        return r == null ? CommitmentStatus.INACTIVE : r.status();
    }

    /**
     * The names of the rules that fired and whose conclusions remain at the end, set aside by
     * precedence or not; a conclusion withdrawn on the way (its conditions ceased to hold) does not count.
     */
    public Set<String> firedRules() {
        return firedRules;
    }

    /** The chain of clauses behind a commitment ({@code party/commitment}) or a term, down to the incident's facts. */
    public Optional<Explanation> explain(String key) {
        return explainer.apply(key);
    }

    /**
     * What the dates left out: each incident on a day the draft is not in force (the clauses did not see
     * it), and each party that was not a party on the day of an incident (it owes nothing for it). Empty
     * for a draft without dates, or incidents without a time.
     */
    public List<OutOfTime> outOfTime() {
        return outOfTime;
    }

    /** True when the draft is in force on the day of at least one incident (always, for incidents without a time). */
    public boolean inForce() {
        return outOfTime.stream().filter(o -> o.party() == null).count() < incidents.size();
    }

    /**
     * Something an incident's time leaves out of a world, and why.
     *
     * @param incident the incident's id
     * @param party    the party that was not a party on the incident's day; null when the draft was not in force on it
     * @param reason   e.g. "the draft is not in force on 2022-02-24: in force from 2024-01-01", or
     *                 "FI was not a party on 2022-02-24 (a party since 2023-04-04)"
     */
    public record OutOfTime(String incident, String party, String reason) {
    }

    /**
     * One clause's conclusion behind a result.
     *
     * @param positive     true for "holds"/"activates", false for "does not hold"/"withholds"
     * @param incident     the id of the incident it is about
     * @param overriddenBy the clause that set it aside under declared precedence; null when it stands
     * @param deadline     for an activation, the deadline it sets (its own, or the declared one); else null
     */
    public record Support(String clause, String rule, String text, boolean positive, String incident,
                          String overriddenBy, java.time.Duration deadline) {

        public boolean stands() {
            return overriddenBy == null;
        }
    }

    /** A term's status in one world, with every conclusion about it (standing or overridden). */
    public record TermResult(String term, TermStatus status, List<Support> supports) {

        public TermResult {
            supports = List.copyOf(supports);
        }
    }

    /**
     * A party's commitment in one world.
     *
     * @param deadline  when activated, how soon it is due; null if the draft sets none
     * @param condition the party's condition that makes it conditional; null otherwise
     * @param deadlines the distinct deadlines that standing activations set (more than one is a conflict)
     */
    public record CommitmentResult(String party, String commitment, CommitmentStatus status, Duration deadline,
                                   String condition, List<Support> supports, List<Duration> deadlines) {

        public CommitmentResult {
            supports = List.copyOf(supports);
            deadlines = List.copyOf(deadlines);
        }

        /** {@code party/commitment}, the key used in reports and expectations. */
        public String key() {
            return party + "/" + commitment;
        }
    }
}
