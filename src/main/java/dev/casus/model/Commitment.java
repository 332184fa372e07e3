package dev.casus.model;

import java.time.Duration;
import java.util.List;

/**
 * A commitment declared in draft.yaml: something a party undertakes to do when a clause activates it.
 *
 * @param deadline how soon it is due once activated; null when the draft sets none
 * @param parties  the parties that owe it; empty means every guarantor
 * @param line     the line of its declaration in draft.yaml
 * @param awaits   the decisions it waits on once a clause activates it, e.g. a request by the State attacked
 * @param contentAtDiscretion true when draft.yaml says {@code discretion: content}: the party chooses what
 *                 the response is ("such action as it deems necessary"); shown as such, not as open texture
 */
public record Commitment(String id, String wording, Duration deadline, List<String> parties, int line,
                         List<Decision> awaits, boolean contentAtDiscretion) {

    public Commitment {
        parties = parties == null ? List.of() : List.copyOf(parties);
        awaits = awaits == null ? List.of() : List.copyOf(awaits);
    }

    /** A commitment that waits on no decision, its content not left to the party. */
    public Commitment(String id, String wording, Duration deadline, List<String> parties, int line) {
        this(id, wording, deadline, parties, line, List.of(), false);
    }

    /**
     * A decision the treaty leaves to someone, declared under {@code decisions:} in draft.yaml: a party's
     * request, a body's determination, a parliament's approval. A case states it under {@code decisions:}.
     *
     * @param id   how commitments and cases name it, e.g. {@code request}
     * @param by   who decides as draft.yaml writes it: {@code victim}, a party's id, or a body such as {@code north-atlantic-council}
     * @param who  who decides in words, e.g. "the State attacked", "Poland", "the north atlantic council"
     * @param text what is decided, e.g. "the State attacked requests assistance"
     */
    public record Decision(String id, String by, String who, String text) {

        /** The prefix of the incident field under which a case states a decision, as {@code decisions.request}. */
        public static final String FIELD_PREFIX = "decisions.";

        /** The incident field that holds whether this decision was taken. */
        public String field() {
            return FIELD_PREFIX + id;
        }

        /** What an answer waits on, in words: "request by the State attacked (the State attacked requests assistance)". */
        public String describe() {
            return id + " by " + who + (text == null || text.isBlank() ? "" : " (" + text + ")");
        }

        /** The words that start a conditional answer's condition when it waits on decisions. */
        public static final String WAITS_ON = "waits on ";
    }

    /** The ids of the parties that owe it: those it names, or every guarantor. */
    public List<String> owedBy(List<Party> all) {
        if (!parties.isEmpty()) {
            return parties;
        }
        return all.stream().filter(p -> p.role() == Role.GUARANTOR).map(Party::id).toList();
    }
}
