package dev.casus.model;

/**
 * One thing a case expects.
 *
 * @param subject a {@code party/commitment}, a term, a clause id (conflict, finding) or empty (silent)
 * @param finding the finding kind for {@link Kind#FINDING}, else null
 * @param line    where it is written in the case file
 */
public record Expectation(Kind kind, String subject, String finding, int line) {

    /** What is expected of the subject. */
    public enum Kind {
        ACTIVE, INACTIVE, CONDITIONAL, UNDETERMINED, HOLDS, HOLDS_NOT, CONFLICT, FINDING, SILENT;

        /** The key a case file writes it under. */
        public String key() {
            return switch (this) {
                case ACTIVE -> "active";
                case INACTIVE -> "inactive";
                case CONDITIONAL -> "conditional";
                case UNDETERMINED -> "undetermined";
                case HOLDS -> "holds";
                case HOLDS_NOT -> "holdsNot";
                case CONFLICT -> "conflict";
                case FINDING -> "findings";
                case SILENT -> "silent";
            };
        }
    }

    /** In words: "FR/consult-24h active", "a conflict on Art. 4". */
    public String describe() {
        return switch (kind) {
            case ACTIVE, INACTIVE, CONDITIONAL, UNDETERMINED -> subject + " " + kind.key();
            case HOLDS -> "\"" + subject + "\" to hold";
            case HOLDS_NOT -> "\"" + subject + "\" not to hold";
            case CONFLICT -> "a conflict on " + subject;
            case FINDING -> ("aeiou".indexOf(finding.charAt(0)) >= 0 ? "an " : "a ") + finding + " finding"
                    + (subject.isEmpty() ? "" : " on " + subject);
            case SILENT -> "the draft to be silent";
        };
    }
}
