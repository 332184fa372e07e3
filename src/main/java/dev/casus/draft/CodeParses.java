package dev.casus.draft;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parses of the code in one DRL file, made once and shared by the clause reading and the check:
 * constraints with the Drools constraint parser, expressions and consequences with a Java parser that
 * reads unicode escapes first, as the Java compiler does. Not thread-safe: one per file being loaded.
 */
final class CodeParses {

    private final JavaParser java = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setPreprocessUnicodeEscapes(true));
    private final Map<String, Optional<ConstraintConnectiveDescr>> constraints = new HashMap<>();
    private final Map<String, ParseResult<Expression>> expressions = new HashMap<>();
    private final Map<String, ParseResult<BlockStmt>> blocks = new HashMap<>();

    /** A pattern's constraint taken apart; empty when it does not parse (the compiler reports that). */
    Optional<ConstraintConnectiveDescr> constraint(String expression) {
        return constraints.computeIfAbsent(expression, e -> {
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
            ConstraintConnectiveDescr tree = parser.parse(e);
            return parser.hasErrors() || tree == null ? Optional.empty() : Optional.of(tree);
        });
    }

    /** A Java expression. */
    ParseResult<Expression> expression(String code) {
        return expressions.computeIfAbsent(code, java::parseExpression);
    }

    /** A consequence, as the block {@code "{" + code + "\n}"}. */
    ParseResult<BlockStmt> consequence(String code) {
        return blocks.computeIfAbsent(code, c -> java.parseBlock("{" + c + "\n}"));
    }

    /** Metadata values as written, e.g. {@code "Art. 1", "Art. 2"}, read as the array {@code new Object[] {...}}. */
    ParseResult<Expression> metadata(String written) {
        return expression("new Object[] {" + written + "}");
    }
}
