package dev.casus.engine;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.Set;

/**
 * Gives each clause action the firing rule's context. Drafters write {@code holds("armed attack", $i);};
 * the rule base compiles {@code holds(drools, "armed attack", $i);}, where {@code drools} is the
 * consequence's {@link org.kie.api.runtime.rule.RuleContext}. The consequences are found through the
 * parser's rule descriptors; inside them, only calls to the actions are touched (not strings, comments
 * or methods of other objects), and no line breaks are added, so compiler messages keep their lines.
 */
final class ConsequenceRewriter {

    static final Set<String> ACTIONS = Set.of("holds", "holdsNot", "activate", "withhold");

    private ConsequenceRewriter() {
    }

    /** The source with every action call given the rule context; unchanged when it does not parse. */
    static String rewrite(String source) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, source);
        } catch (DroolsParserException | RuntimeException e) {
            return source;
        }
        if (descr == null || parser.hasErrors()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        int copied = 0;
        for (RuleDescr rule : descr.getRules()) {
            if (!(rule.getConsequence() instanceof String consequence) || consequence.isBlank()) {
                continue;
            }
            int from = Math.max(copied, lineStart(source, rule.getConsequenceLine()));
            int at = source.indexOf(consequence, from);
            if (at < 0) {
                continue;
            }
            out.append(source, copied, at).append(rewriteBody(consequence));
            copied = at + consequence.length();
        }
        out.append(source, copied, source.length());
        return out.toString();
    }

    /** One consequence with {@code drools, } inserted as the first argument of each action call. */
    static String rewriteBody(String body) {
        StringBuilder out = new StringBuilder(body.length() + 32);
        int i = 0;
        char previous = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(body, i);
                out.append(body, i, end);
                previous = c;
                i = end;
            } else if (c == '/' && i + 1 < body.length() && (body.charAt(i + 1) == '/' || body.charAt(i + 1) == '*')) {
                boolean line = body.charAt(i + 1) == '/';
                int end = line ? body.indexOf('\n', i) : body.indexOf("*/", i + 2);
                end = end < 0 ? body.length() : line ? end : end + 2;
                out.append(body, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    end++;
                }
                String word = body.substring(i, end);
                out.append(word);
                int next = end;
                while (next < body.length() && body.charAt(next) != '\n' && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                if (ACTIONS.contains(word) && previous != '.' && next < body.length() && body.charAt(next) == '(') {
                    out.append(body, end, next + 1).append("drools, ");
                    end = next + 1;
                }
                previous = 'a';
                i = end;
            } else {
                out.append(c);
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfQuoted(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    /** The offset where a 1-based line starts. */
    private static int lineStart(String text, int line) {
        int at = 0;
        for (int n = 1; n < line && at >= 0; n++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return Math.max(at, 0);
    }
}
