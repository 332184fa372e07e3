package dev.casus.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of ambiguity Casus reports. */
public enum FindingKind {
    /** Two clauses conclude opposite things and no declared precedence decides. */
    CONFLICT,
    /** The outcome turns on a fact the case leaves uncertain. */
    DEPENDS_ON_FACT,
    /** The outcome turns on an open-textured judgment ("serious", "sufficient gravity"). */
    OPEN_TEXTURE,
    /** A deciding numeric fact sits at or beside a clause's threshold. */
    THRESHOLD_EDGE,
    /** The numbers or comparison words in a clause's wording disagree with its rule. */
    WORDING_DRIFT,
    /** A hostile incident that no clause engages with. */
    SILENT,
    /** A term, clause or commitment that is required or named but never defined or used. */
    UNDEFINED_TERM,
    /** A clause that never fired across a whole suite. */
    DEAD_CLAUSE;

    /** The spelling in case files and reports: {@code depends-on-fact}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FindingKind> byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(FindingKind::label).toList();
    }
}
