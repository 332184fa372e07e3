package dev.casus.api;

import java.util.List;

/**
 * One step of the chain behind a result: what was concluded, by which clause and wording, on which
 * facts of the incident, and the steps it rested on in turn.
 *
 * @param clause empty for the top step that states the result itself
 * @param facts  incident facts the clause's conditions read, e.g. "act = missile-strike"
 */
public record Explanation(String statement, String clause, String text, List<String> facts,
                          List<Explanation> because) {

    public Explanation {
        facts = List.copyOf(facts);
        because = List.copyOf(because);
    }

    /** The chain as indented lines of plain text. */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, 0);
        return out.toString();
    }

    private void render(StringBuilder out, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append(depth == 0 ? "" : "<- ").append(statement);
        if (!clause.isEmpty()) {
            out.append("  [").append(clause).append(']');
        }
        out.append('\n');
        if (!text.isEmpty()) {
            out.append(indent).append("     \"").append(text).append("\"\n");
        }
        for (String fact : facts) {
            out.append(indent).append("     given ").append(fact).append('\n');
        }
        for (Explanation step : because) {
            step.render(out, depth + 1);
        }
    }
}
