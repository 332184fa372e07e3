package dev.casus.engine;

import dev.casus.model.Incident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Precedence, in one place: which conclusions stand, and what a term or a party's commitment comes
 * to. Terms and commitments are decided alike.
 *
 * <p>Why a Java unit. Clauses chain on decided terms ({@code Holds}), so terms must be decided inside
 * the Drools session; the world's result must then report what was decided. Both ask this class: the
 * session's rules ({@code decision.drl}) hand it every conclusion about a term and incident and record
 * a {@code Holds} when it says the term holds, and {@code WorldResult} hands it every conclusion about
 * each subject that the session left. The same function of the same conclusions cannot disagree with
 * itself, and no other code decides. Written as rules, chaining would be recursion through negation
 * spread over several rules, and the decisions would need a fact type of their own to leave the session.
 *
 * <p>The rule. A conclusion is set aside when an opposite conclusion about the same subject and
 * incident, whose clause {@code @overrides} its clause, itself stands. So precedence chains: if B
 * overrides A and C overrides B, and all three conclude, C sets B aside and A stands again. Drafts
 * load only when {@code @overrides} has no cycle, so every conclusion is decided. Salience and rule
 * order play no part. For one incident, a subject holds when a positive conclusion stands and no
 * negative one does, does not hold when only negative ones stand, and is a conflict when both do.
 * Across a timeline, holding for one incident is enough; otherwise a conflict for one incident makes
 * a conflict.
 */
public final class Precedence {

    private static final Comparator<Conclusion> ORDER = Comparator.comparing(Conclusion::clause)
            .thenComparing(Conclusion::rule).thenComparing(c -> c.incident().id());

    private Precedence() {
    }

    /** What a subject comes to once precedence is applied. */
    public enum Status {
        /** A positive conclusion stands, and no negative one (for some incident of a timeline). */
        HOLDS,
        /** Only negative conclusions stand. */
        DOES_NOT_HOLD,
        /** Both polarities stand, and no declared precedence decides between them. */
        CONFLICT
    }

    /**
     * The decision on one subject.
     *
     * @param status   what the subject comes to
     * @param setAside each conclusion set aside, with a standing conclusion that set it aside (of
     *                 several, the one whose clause id sorts first); sorted by clause
     */
    public record Decision(Status status, List<Overridden> setAside) {

        public Decision {
            Objects.requireNonNull(status, "status must not be null");
            setAside = List.copyOf(setAside);
        }

        /** The clause id that set the conclusion aside, or null when it stands. */
        public String setAsideBy(Conclusion conclusion) {
            for (Overridden o : setAside) {
                if (o.conclusion().equals(conclusion)) {
                    return o.by().clause();
                }
            }
            return null;
        }

        /** Whether the conclusion stands: it is not set aside. */
        public boolean stands(Conclusion conclusion) {
            return setAsideBy(conclusion) == null;
        }
    }

    /**
     * Decides one subject (a term, or one party's commitment) from every conclusion about it, for
     * any incidents.
     *
     * @throws IllegalArgumentException when there are no conclusions, when they are about different
     *                                  subjects, or when their clauses' {@code @overrides} form a cycle
     */
    public static Decision decide(Collection<Conclusion> conclusions) {
        Objects.requireNonNull(conclusions, "conclusions must not be null");
        if (conclusions.isEmpty()) {
            throw new IllegalArgumentException("conclusions must not be empty: there is nothing to decide");
        }
        Conclusion first = conclusions.iterator().next();
        Map<Incident, List<Conclusion>> byIncident = new LinkedHashMap<>();
        for (Conclusion c : new LinkedHashSet<>(conclusions)) {
            if (!c.term().equals(first.term()) || !Objects.equals(c.party(), first.party())) {
                throw new IllegalArgumentException("conclusions must be about one subject, not " + subject(first)
                        + " and " + subject(c));
            }
            byIncident.computeIfAbsent(c.incident(), k -> new ArrayList<>()).add(c);
        }
        List<Overridden> setAside = new ArrayList<>();
        boolean anyHolds = false;
        boolean anyConflict = false;
        for (List<Conclusion> about : byIncident.values()) {
            Status status = decideIncident(about, setAside);
            anyHolds |= status == Status.HOLDS;
            anyConflict |= status == Status.CONFLICT;
        }
        setAside.sort(Comparator.comparing(Overridden::conclusion, ORDER));
        return new Decision(anyHolds ? Status.HOLDS : anyConflict ? Status.CONFLICT : Status.DOES_NOT_HOLD, setAside);
    }

    /**
     * For the session's rules: whether a term holds, given every conclusion about it for one
     * incident. False when there are none.
     */
    public static boolean holds(Collection<Conclusion> conclusions) {
        return !conclusions.isEmpty() && decide(conclusions).status() == Status.HOLDS;
    }

    /** Decides the conclusions about one subject and incident, adding those set aside to {@code setAside}. */
    private static Status decideIncident(List<Conclusion> about, List<Overridden> setAside) {
        Map<Conclusion, Conclusion> setAsideBy = new HashMap<>();
        Set<Conclusion> decided = new HashSet<>();
        for (Conclusion c : about) {
            decide(c, about, decided, setAsideBy, new ArrayList<>());
        }
        boolean positive = false;
        boolean negative = false;
        for (Conclusion c : about) {
            Conclusion by = setAsideBy.get(c);
            if (by == null) {
                positive |= c.positive();
                negative |= !c.positive();
            } else {
                setAside.add(new Overridden(c, by));
            }
        }
        return positive && negative ? Status.CONFLICT : positive ? Status.HOLDS : Status.DOES_NOT_HOLD;
    }

    /**
     * Decides whether {@code c} stands, after the conclusions that could set it aside: it is set
     * aside by the first (by clause id) opposite conclusion overriding its clause that stands.
     */
    private static void decide(Conclusion c, List<Conclusion> about, Set<Conclusion> decided,
                               Map<Conclusion, Conclusion> setAsideBy, List<Conclusion> path) {
        if (decided.contains(c)) {
            return;
        }
        if (path.contains(c)) {
            List<String> cycle = path.subList(path.indexOf(c), path.size()).stream().map(Conclusion::clause).toList();
            throw new IllegalArgumentException("the @overrides of clauses " + String.join(", ", cycle)
                    + " form a cycle, so none of them can be decided");
        }
        path.add(c);
        List<Conclusion> overriders = about.stream()
                .filter(o -> o.positive() != c.positive() && o.overrides().contains(c.clause()))
                .sorted(ORDER).toList();
        for (Conclusion o : overriders) {
            decide(o, about, decided, setAsideBy, path);
            if (!setAsideBy.containsKey(o)) {
                setAsideBy.put(c, o);
                break;
            }
        }
        path.remove(path.size() - 1);
        decided.add(c);
    }

    private static String subject(Conclusion c) {
        return c.party() == null ? "\"" + c.term() + "\"" : c.party() + "/" + c.term();
    }
}
