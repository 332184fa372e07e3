package dev.casus.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file with Jackson's streaming parser into {@link YamlNode}s that carry line and column,
 * so that every later check can point at the exact place in the file.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /** Reads one YAML document; a syntax error or a repeated key becomes a located {@link Problem}. */
    public static YamlNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(file, 0, 0, "cannot read file: " + e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(List.of(new Problem(file, 0, 0, "the file is empty")));
            }
            YamlNode root = readValue(parser, file, problems, text.split("\n", -1));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            // The YAML parser's own mark, when it gives one, points at the offending character.
            java.util.regex.Matcher mark = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)")
                    .matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
            problems.add(new Problem(file, line, column, "YAML syntax: " + summary(e.getOriginalMessage())));
            throw new InvalidInputException(problems);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(file, 0, 0, "cannot read file: " + e.getMessage())));
        }
    }

    private static YamlNode readValue(JsonParser parser, Path file, List<Problem> problems, String[] lines) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = startOfValue(lines, line, at.getColumnNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    YamlNode value = readValue(parser, file, problems, lines);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                                "'" + key + "' is given twice in this mapping (first on line "
                                        + entries.get(key).line() + ")"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new YamlNode.Mapping(entries, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, problems, lines));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.STRING, line, column);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.INTEGER, line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.DECIMAL, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, line, column);
            }
            default -> {
                problems.add(new Problem(file, line, column, "unexpected YAML content: " + token));
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, line, column);
            }
        }
    }

    /** Flow-style values are reported one column early, on the separator; move to the value itself. */
    private static int startOfValue(String[] lines, int line, int column) {
        if (line < 1 || line > lines.length || column < 1) {
            return column;
        }
        String text = lines[line - 1];
        int c = column;
        while (c <= text.length() && (text.charAt(c - 1) == ' ' || text.charAt(c - 1) == ',' || text.charAt(c - 1) == ':')) {
            c++;
        }
        return c <= text.length() ? c : column;
    }

    /** The parser's explanation without its own position lines and source excerpt. */
    private static String summary(String message) {
        if (message == null) {
            return "cannot parse";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("in 'reader'") || t.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            kept.add(t);
        }
        return kept.isEmpty() ? "cannot parse" : String.join("; ", kept);
    }
}
