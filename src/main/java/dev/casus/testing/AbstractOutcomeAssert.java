package dev.casus.testing;

import dev.casus.api.Verdict;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assertions shared by a single world and a whole case: which commitments activate, which terms
 * hold, and through which clauses. Subclasses say how to read their actual value.
 */
abstract class AbstractOutcomeAssert<SELF extends AbstractOutcomeAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    private List<String> lastSubjects = List.of();
    private String lastDescription = "";

    protected AbstractOutcomeAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Each {@code party/commitment} with its verdict. */
    protected abstract Map<String, Verdict> commitmentVerdicts();

    /** Each term concluded about, with its verdict. */
    protected abstract Map<String, Verdict> termVerdicts();

    /** The clauses whose standing conclusions support the subject (a commitment key or a term). */
    protected abstract List<String> clausesBehind(String subject);

    /** What the actual value is, for messages: "world [attribution=confirmed]", "case mass-strike". */
    protected abstract String what();

    /**
     * Verifies that the commitment is active. {@code commitment} is {@code party/commitment}, or a bare
     * commitment id, which passes when it is active for at least one party.
     */
    public SELF activates(String commitment) {
        return hasCommitment(commitment, Verdict.ACTIVE, "to activate");
    }

    /** Verifies that the commitment is conditional, e.g. on parliamentary approval. */
    public SELF isConditional(String commitment) {
        return hasCommitment(commitment, Verdict.CONDITIONAL, "to activate conditionally");
    }

    /** Verifies that the commitment is undetermined: it differs between worlds, or a conflict stands. */
    public SELF isUndetermined(String commitment) {
        return hasCommitment(commitment, Verdict.UNDETERMINED, "to leave undetermined");
    }

    /** Verifies that the commitment is neither active nor conditional nor undetermined, for any party it names. */
    public SELF doesNotActivate(String commitment) {
        isNotNull();
        List<String> keys = matching(commitment);
        List<String> live = keys.stream().filter(k -> commitmentVerdicts().get(k) != Verdict.INACTIVE).toList();
        if (!live.isEmpty()) {
            failWithMessage("%nExpecting %s not to activate:%n  %s%nbut it was:%n%s", what(), commitment,
                    describe(live));
        }
        lastSubjects = List.of();
        return myself;
    }

    /** Verifies that the term holds. */
    public SELF holds(String term) {
        return hasTerm(term, Verdict.HOLDS, "to conclude that this holds");
    }

    /** Verifies that the term does not hold (concluded negatively, or not concluded at all). */
    public SELF doesNotHold(String term) {
        isNotNull();
        Verdict v = termVerdicts().getOrDefault(term, Verdict.DOES_NOT_HOLD);
        if (v != Verdict.DOES_NOT_HOLD) {
            failWithMessage("%nExpecting %s to conclude that this does not hold:%n  \"%s\"%nbut it was:%n  %s",
                    what(), term, v.label());
        }
        lastSubjects = List.of(term);
        lastDescription = "\"" + term + "\"";
        return myself;
    }

    /** Verifies that the clause supports the commitment or term named by the assertion just before. */
    public SELF viaClause(String clause) {
        isNotNull();
        if (lastSubjects.isEmpty()) {
            throw new IllegalArgumentException("viaClause needs a preceding activates(..), isConditional(..) or holds(..)");
        }
        for (String subject : lastSubjects) {
            if (clausesBehind(subject).contains(clause)) {
                return myself;
            }
        }
        failWithMessage("%nExpecting %s in %s to rest on clause:%n  %s%nbut it rests on:%n%s", lastDescription, what(),
                clause, lastSubjects.stream().map(s -> "  " + s + ": " + String.join(", ", clausesBehind(s)))
                        .collect(Collectors.joining("\n")));
        return myself;
    }

    private SELF hasCommitment(String commitment, Verdict wanted, String verb) {
        isNotNull();
        if (commitment == null || commitment.isBlank()) {
            throw new IllegalArgumentException("commitment must not be empty");
        }
        List<String> keys = matching(commitment);
        if (keys.isEmpty()) {
            failWithMessage("%nExpecting %s %s:%n  %s%nbut no such commitment exists. Commitments:%n%s", what(), verb,
                    commitment, describe(List.copyOf(commitmentVerdicts().keySet())));
        }
        List<String> hits = keys.stream().filter(k -> commitmentVerdicts().get(k) == wanted).toList();
        if (hits.isEmpty()) {
            failWithMessage("%nExpecting %s %s:%n  %s%nbut it was:%n%s", what(), verb, commitment, describe(keys));
        }
        lastSubjects = hits;
        lastDescription = commitment;
        return myself;
    }

    private SELF hasTerm(String term, Verdict wanted, String verb) {
        isNotNull();
        Verdict v = termVerdicts().getOrDefault(term, Verdict.DOES_NOT_HOLD);
        if (v != wanted) {
            failWithMessage("%nExpecting %s %s:%n  \"%s\"%nbut it was:%n  %s%nTerms concluded:%n%s", what(), verb, term,
                    termVerdicts().containsKey(term) ? v.label() : "not concluded by any clause",
                    termVerdicts().entrySet().stream().map(e -> "  \"" + e.getKey() + "\": " + e.getValue().label())
                            .collect(Collectors.joining("\n")));
        }
        lastSubjects = List.of(term);
        lastDescription = "\"" + term + "\"";
        return myself;
    }

    private List<String> matching(String commitment) {
        if (commitment.contains("/")) {
            return commitmentVerdicts().containsKey(commitment) ? List.of(commitment) : List.of();
        }
        return commitmentVerdicts().keySet().stream().filter(k -> k.endsWith("/" + commitment)).sorted().toList();
    }

    private String describe(List<String> keys) {
        if (keys.isEmpty()) {
            return "  (none)";
        }
        return keys.stream().map(k -> "  " + k + ": " + commitmentVerdicts().get(k).label()
                        + (clausesBehind(k).isEmpty() ? "" : " (" + String.join(", ", clausesBehind(k)) + ")"))
                .collect(Collectors.joining("\n"));
    }
}
