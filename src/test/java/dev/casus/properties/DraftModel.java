package dev.casus.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A generated draft: the fixed draft.yaml below and a list of clauses. It knows, from how it was
 * built, which fields its clauses read and which numbers they compare them with: the oracle the
 * properties check Casus against, independent of how Casus reads clauses.
 */
record DraftModel(List<ClauseModel> clauses) {

    /** Two guarantors (DE with a condition on assist), two commitments, the two extra attributes of {@link Field}. */
    static final String DRAFT_YAML = """
            title: Generated Pact
            version: "1"
            attributes:
              nuclear-used: {type: boolean}
              warships: {type: integer}
            parties:
              - {id: UA, role: guaranteed}
              - {id: FR, role: guarantor}
              - id: DE
                role: guarantor
                conditions:
                  - text: needs a Bundestag mandate
                    commitments: [assist]
            commitments:
              - {id: consult, wording: Consult at once., deadline: 24h}
              - {id: assist, wording: Give military assistance., deadline: 72h}
            """;

    private static final String PACKAGE = "package casus.generated;\n";

    DraftModel {
        clauses = List.copyOf(clauses);
    }

    /** The same draft with more clauses. */
    DraftModel plus(List<ClauseModel> more) {
        List<ClauseModel> all = new ArrayList<>(clauses);
        all.addAll(more);
        return new DraftModel(all);
    }

    /** The draft's files: draft.yaml and one DRL file with every clause in order. */
    Map<String, String> files() {
        return files(List.of(clauses));
    }

    /** The draft's files with the clauses split into DRL files, in the order given, named {@code part-1.drl}, ... */
    Map<String, String> files(List<List<ClauseModel>> parts) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("draft.yaml", DRAFT_YAML);
        for (int i = 0; i < parts.size(); i++) {
            files.put("part-" + (i + 1) + ".drl", drl(parts.get(i)));
        }
        return files;
    }

    static String drl(List<ClauseModel> clauses) {
        return PACKAGE + clauses.stream().map(c -> "\n" + c.drl()).collect(Collectors.joining());
    }

    /** The fields some clause's conditions read. */
    Set<Field> fieldsRead() {
        Set<Field> read = new TreeSet<>();
        clauses.forEach(c -> c.conditions().forEach(k -> read.add(k.field())));
        return read;
    }

    /** Every numeric comparison on the field, in any clause. */
    List<Condition.Compare> comparisons(Field field) {
        List<Condition.Compare> out = new ArrayList<>();
        clauses.forEach(c -> c.conditions().forEach(k -> {
            if (k instanceof Condition.Compare compare && compare.field() == field) {
                out.add(compare);
            }
        }));
        return out;
    }

    /** The numbers clauses compare the field with. */
    SortedSet<Double> thresholds(Field field) {
        return comparisons(field).stream().map(Condition.Compare::value).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The text values clauses compare the field with. */
    Set<Object> literals(Field field) {
        Set<Object> out = new TreeSet<>();
        clauses.forEach(c -> c.conditions().forEach(k -> {
            if (k instanceof Condition.Among among && among.field() == field && field == Field.COUNTRY) {
                out.addAll(among.values());
            }
        }));
        return out;
    }

    /** Every term some clause concludes. */
    Set<String> termsConcluded() {
        return clauses.stream().filter(c -> !c.conclusion().commitment()).map(c -> c.conclusion().subject())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every term some clause requires. */
    Set<String> termsRequired() {
        return clauses.stream().flatMap(c -> c.premises().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every condition of every clause, once each. */
    List<Condition> conditions() {
        return clauses.stream().flatMap(c -> c.conditions().stream()).distinct().toList();
    }

    @Override
    public String toString() {
        return drl(clauses);
    }
}
