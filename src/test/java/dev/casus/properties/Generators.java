package dev.casus.properties;

import dev.casus.model.Uncertain;
import dev.casus.vocabulary.ValueType;
import dev.casus.properties.ClauseModel.Conclusion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Generators of small drafts and cases over the fields of {@link Field}. */
final class Generators {

    /** The fields precedence drafts read: few, so that their cases have a handful of worlds. */
    static final Field[] FEW = {Field.KILLED, Field.ATTRIBUTION, Field.ACT, Field.VERIFIED};

    private static final List<String> OPERATORS = List.of(">", ">=", "<", "<=", "==", "!=");

    private Generators() {
    }

    // conditions ---------------------------------------------------------------------------

    static Arbitrary<Condition> condition(Field... fields) {
        return Arbitraries.of(fields).flatMap(Generators::condition);
    }

    static Arbitrary<Condition> condition(Field field) {
        if (field.numeric()) {
            return Combinators.combine(Arbitraries.of(OPERATORS), threshold(field), Arbitraries.of(false, true))
                    .as((op, value, numberFirst) -> new Condition.Compare(field, op, value, numberFirst));
        }
        if (field.type() == ValueType.BOOLEAN) {
            return Arbitraries.of(false, true).map(v -> new Condition.Is(field, v));
        }
        return Combinators.combine(subset(field, 1, 3), Arbitraries.of(false, true))
                .as((values, negated) -> new Condition.Among(field, values, negated));
    }

    /** A number a clause compares the field with: whole numbers, or halves for decimals. */
    static Arbitrary<Double> threshold(Field field) {
        return field.type() == ValueType.DECIMAL
                ? Arbitraries.integers().between(0, 20).map(i -> i / 2.0)
                : Arbitraries.integers().between(0, 25).map(i -> (double) i);
    }

    /** Some values of a finite domain, distinct, in the domain's order. */
    static Arbitrary<List<Object>> subset(Field field, int min, int max) {
        List<Object> domain = field.domain();
        return Arbitraries.of(domain).set().ofMinSize(min).ofMaxSize(Math.min(max, domain.size()))
                .map(set -> set.stream().sorted(Comparator.comparingInt(domain::indexOf)).toList());
    }

    // drafts -------------------------------------------------------------------------------

    /**
     * Drafts whose clauses read any of the fields and conclude positively: a term holds, or a
     * commitment activates; a clause may chain on a term, one of which is named like a field.
     */
    static Arbitrary<DraftModel> plainDrafts() {
        Arbitrary<Conclusion> conclusion = Arbitraries.of(
                Conclusion.term("aggression", true), Conclusion.term("verified breach", true),
                Conclusion.commitment("consult", true, null), Conclusion.commitment("assist", true, "48h"));
        Arbitrary<ClauseModel> clause = Combinators.combine(
                condition(Field.values()).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(List.<String>of(), List.of("aggression"), List.of("verified breach")),
                conclusion)
                .as((conditions, premises, c) -> new ClauseModel("", "", conditions, premises, c, List.of(), false));
        return clause.list().ofMinSize(1).ofMaxSize(4).map(Generators::numbered);
    }

    /**
     * Drafts where precedence matters: clauses for and against "aggression", clauses that
     * activate or withhold "assist", clauses that chain on "aggression", each overriding some
     * others (cycles included); some clauses are vague.
     */
    static Arbitrary<DraftModel> precedenceDrafts() {
        Arbitrary<List<Condition>> conditions = condition(FEW).list().ofMaxSize(2);
        Arbitrary<Boolean> vague = Arbitraries.of(false, false, false, true);
        Arbitrary<ClauseModel> aboutTerm = Combinators.combine(conditions, Arbitraries.of(true, false), vague)
                .as((k, positive, v) -> new ClauseModel("", "", k, List.of(), Conclusion.term("aggression", positive),
                        List.of(), v));
        Arbitrary<ClauseModel> aboutCommitment = Combinators.combine(conditions,
                        Arbitraries.of(List.<String>of(), List.of("aggression")), Arbitraries.of(true, false),
                        Arbitraries.of("", "48h"))
                .as((k, premises, positive, deadline) -> new ClauseModel("", "", k, premises,
                        Conclusion.commitment("assist", positive, deadline.isEmpty() ? null : deadline), List.of(), false));
        Arbitrary<ClauseModel> chained = Combinators.combine(condition(FEW).list().ofMaxSize(1),
                        Arbitraries.of(Conclusion.term("armed attack", true), Conclusion.term("armed attack", false),
                                Conclusion.commitment("consult", true, null), Conclusion.commitment("consult", false, null)))
                .as((k, c) -> new ClauseModel("", "", k, List.of("aggression"), c, List.of(), false));
        Arbitrary<List<List<Integer>>> overrides = Arbitraries.integers().between(0, 8).list().ofMaxSize(2).list().ofSize(9);
        return Combinators.combine(aboutTerm.list().ofMinSize(2).ofMaxSize(4), aboutCommitment.list().ofMaxSize(3),
                        chained.list().ofMaxSize(2), overrides)
                .as((terms, commitments, chains, picks) -> {
                    List<ClauseModel> all = new ArrayList<>(terms);
                    all.addAll(commitments);
                    all.addAll(chains);
                    DraftModel numbered = numbered(all);
                    List<ClauseModel> out = new ArrayList<>();
                    for (int i = 0; i < numbered.clauses().size(); i++) {
                        Set<String> ids = new LinkedHashSet<>();
                        for (int j : picks.get(i)) {
                            if (j < i) { // only earlier clauses: precedence runs one way (a cycle is a load error)
                                ids.add(numbered.clauses().get(j).id());
                            }
                        }
                        out.add(numbered.clauses().get(i).withOverrides(List.copyOf(ids)));
                    }
                    return new DraftModel(out);
                });
    }

    /** Rule names r1, r2, ... and clause ids Art. 1, Art. 2, ... in order. */
    static DraftModel numbered(List<ClauseModel> clauses) {
        List<ClauseModel> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            out.add(clauses.get(i).withRule("r" + (i + 1), "Art. " + (i + 1)));
        }
        return new DraftModel(out);
    }

    // cases --------------------------------------------------------------------------------

    /**
     * A draft with cases about the fields it reads, about two fields it may not read, and about
     * {@code verified}, which a term of {@link #plainDrafts} is named after.
     */
    record Scenario(DraftModel draft, List<CaseModel> cases) {
    }

    static Arbitrary<Scenario> scenarios(Arbitrary<DraftModel> drafts, int maxCases) {
        return drafts.flatMap(draft -> Arbitraries.of(Field.values()).set().ofSize(2).flatMap(others -> {
            Set<Field> fields = new TreeSet<>(draft.fieldsRead());
            fields.addAll(others);
            fields.add(Field.VERIFIED);
            return cases(fields.toArray(Field[]::new)).list().ofMinSize(1).ofMaxSize(maxCases)
                    .map(cases -> new Scenario(draft, cases));
        }));
    }

    /** A draft, a numeric field its clauses compare with numbers, and cases that give that field as a range and every other field it reads exactly. */
    record RangeScenario(DraftModel draft, Field field, List<CaseModel> cases) {
    }

    static Arbitrary<RangeScenario> rangeScenarios(int maxCases) {
        return plainDrafts().filter(d -> d.fieldsRead().stream().anyMatch(f -> !d.comparisons(f).isEmpty()))
                .flatMap(draft -> Arbitraries.of(draft.fieldsRead().stream().filter(f -> !draft.comparisons(f).isEmpty()).toList())
                        .flatMap(field -> rangeCase(draft, field).list().ofMinSize(1).ofMaxSize(maxCases)
                                .map(cases -> new RangeScenario(draft, field, cases))));
    }

    /** A range over the field that starts near the clauses' thresholds, the draft's other fields known. */
    static Arbitrary<CaseModel> rangeCase(DraftModel draft, Field field) {
        double low = Math.max(0, draft.thresholds(field).first() - 3);
        double high = draft.thresholds(field).last() + 3;
        Arbitrary<Double> from = field.type() == ValueType.DECIMAL
                ? Arbitraries.integers().between((int) (2 * low), (int) (2 * high)).map(i -> i / 2.0)
                : Arbitraries.integers().between((int) low, (int) high).map(i -> (double) i);
        List<Field> others = draft.fieldsRead().stream().filter(f -> f != field).toList();
        List<Arbitrary<Uncertain>> known = others.stream().map(Generators::known).toList();
        return Combinators.combine(range(field, from), Combinators.combine(known).as(List::copyOf))
                .as((range, values) -> {
                    SortedMap<Field, Uncertain> fields = new TreeMap<>();
                    fields.put(field, range);
                    for (int i = 0; i < others.size(); i++) {
                        fields.put(others.get(i), values.get(i));
                    }
                    return CaseModel.of(new CaseModel.Event("e1", fields));
                });
    }

    /** A known value of the field. */
    static Arbitrary<Uncertain> known(Field field) {
        if (field.numeric()) {
            Arbitrary<Double> number = field.type() == ValueType.DECIMAL
                    ? Arbitraries.integers().between(0, 24).map(i -> i / 2.0)
                    : Arbitraries.integers().between(0, 30).map(i -> (double) i);
            return number.map(v -> new Uncertain.Exactly(field.numberValue(v)));
        }
        return Arbitraries.of(field.domain()).map(Uncertain.Exactly::new);
    }

    /** Cases of one incident (or, now and then, a timeline of two) that state some of the fields, each known or uncertain. */
    static Arbitrary<CaseModel> cases(Field... fields) {
        Arbitrary<CaseModel.Event> first = event("e1", fields);
        Arbitrary<CaseModel.Event> second = event("e2", fields);
        return Arbitraries.frequencyOf(
                Tuple.of(4, first.map(CaseModel::of)),
                Tuple.of(1, Combinators.combine(first, second).as(CaseModel::of)));
    }

    static Arbitrary<CaseModel.Event> event(String id, Field... fields) {
        return Arbitraries.of(fields).set().ofMaxSize(Math.min(4, fields.length)).flatMap(chosen -> {
            List<Field> ordered = chosen.stream().sorted().toList();
            if (ordered.isEmpty()) {
                return Arbitraries.just(new CaseModel.Event(id, new TreeMap<>()));
            }
            List<Arbitrary<Uncertain>> values = ordered.stream().map(Generators::uncertain).toList();
            return Combinators.combine(values).as(list -> {
                SortedMap<Field, Uncertain> fieldsOf = new TreeMap<>();
                for (int i = 0; i < ordered.size(); i++) {
                    fieldsOf.put(ordered.get(i), list.get(i));
                }
                return new CaseModel.Event(id, fieldsOf);
            });
        });
    }

    /** What a case may say about the field: a value, alternatives, a range (numbers), or unknown. */
    static Arbitrary<Uncertain> uncertain(Field field) {
        if (field.numeric()) {
            Arbitrary<Double> number = field.type() == ValueType.DECIMAL
                    ? Arbitraries.integers().between(0, 24).map(i -> i / 2.0)
                    : Arbitraries.integers().between(0, 30).map(i -> (double) i);
            return Arbitraries.oneOf(
                    number.map(v -> new Uncertain.Exactly(field.numberValue(v))),
                    number.set().ofMinSize(2).ofMaxSize(3).map(set -> new Uncertain.OneOf(
                            set.stream().sorted().map(field::numberValue).toList())),
                    range(field, number),
                    Arbitraries.just(new Uncertain.Unknown()));
        }
        return Arbitraries.oneOf(
                Arbitraries.of(field.domain()).map(Uncertain.Exactly::new),
                subset(field, 2, 3).map(Uncertain.OneOf::new),
                Arbitraries.just(new Uncertain.Unknown()));
    }

    /** A range of at least two values, as a case file can state it. */
    static Arbitrary<Uncertain> range(Field field, Arbitrary<Double> from) {
        Arbitrary<Double> width = field.type() == ValueType.DECIMAL
                ? Arbitraries.integers().between(1, 16).map(i -> i / 2.0)
                : Arbitraries.integers().between(1, 20).map(i -> (double) i);
        return Combinators.combine(from, width).as((a, w) -> new Uncertain.Between(a, a + w));
    }
}
