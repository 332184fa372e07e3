package dev.casus.yaml;

import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class YamlReaderTest {

    @TempDir
    Path root;

    private Path file;

    private YamlNode read(String yaml) {
        file = Fixtures.write(root.resolve("x.yaml"), yaml);
        return YamlReader.read(file);
    }

    private YamlNode readBytes(byte[] bytes) {
        file = root.resolve("x.yaml");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return YamlReader.read(file);
    }

    private static String text(YamlNode node) {
        return ((YamlNode.Scalar) node).text();
    }

    private static YamlNode.Scalar.Kind kind(YamlNode node) {
        return ((YamlNode.Scalar) node).kind();
    }

    @Test
    void should_keep_the_line_and_column_of_every_key_and_value() {
        // when
        YamlNode.Mapping top = (YamlNode.Mapping) read("""
                title: Pact
                parties:
                  - {id: FR, role: guarantor}
                  - id: DE
                    role:   guaranteed
                """);

        // then
        assertThat(top.entries().get("parties")).extracting(YamlNode.Entry::line, YamlNode.Entry::column).containsExactly(2, 1);
        YamlNode.Sequence parties = (YamlNode.Sequence) top.get("parties");
        YamlNode.Mapping fr = (YamlNode.Mapping) parties.items().get(0);
        YamlNode.Mapping de = (YamlNode.Mapping) parties.items().get(1);
        assertThat(fr).extracting(YamlNode::line, YamlNode::column).containsExactly(3, 5);
        assertThat(fr.get("role")).extracting(YamlNode::line, YamlNode::column).containsExactly(3, 20);
        assertThat(de.entries().get("role")).extracting(YamlNode.Entry::line, YamlNode.Entry::column).containsExactly(5, 5);
        assertThat(de.get("role")).extracting(YamlNode::line, YamlNode::column).containsExactly(5, 13);
        assertThat(text(de.get("role"))).isEqualTo("guaranteed");
    }

    @Test
    void should_report_a_syntax_error_at_the_parsers_mark_with_its_explanation() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                drafts: [test]
                cases:
                  - id: a
                   incident: {act: blockade}
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":4:4: YAML syntax: while parsing a block collection; expected <block end>, but found '<block mapping start>'");
    }

    @Test
    void should_report_a_located_problem_when_a_unicode_escape_is_cut_short_by_the_end_of_the_file() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> read("title: Pact\nmodel: \"\\u"));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:1: YAML syntax: an escape such as \\u0041 in a double-quoted text is cut short here: give its hex digits, or close the quotes");
    }

    @Test
    void should_report_every_repeated_key_with_where_it_was_first_given() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                id: a
                incident: {act: blockade, killed: 3, act: strike}
                id: b
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":2:38: 'act' is given twice in this mapping (first on line 2)",
                file + ":3:1: 'id' is given twice in this mapping (first on line 1)");
    }

    @Test
    void should_report_a_key_repeated_through_an_alias_where_the_alias_stands() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                incident:
                  &k act: missile-strike
                  killed: 12
                  *k : sabotage
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":4:3: 'act' is given twice in this mapping (first on line 2)");
    }

    @Test
    void should_read_an_alias_as_the_value_it_names() {
        // when
        YamlNode.Mapping top = (YamlNode.Mapping) read("""
                base: &strike {act: missile-strike, killed: 12}
                again: *strike
                name: &n Kyiv
                city: *n
                """);

        // then
        assertThat(top.get("again")).isEqualTo(top.get("base"));
        assertThat(text(((YamlNode.Mapping) top.get("again")).get("act"))).isEqualTo("missile-strike");
        assertThat(text(top.get("city"))).isEqualTo("Kyiv");
    }

    @Test
    void should_refuse_an_alias_bomb_at_the_alias_that_exceeds_the_limit() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":7:23: more than 50 aliases refer to lists or mappings; Casus refuses such a file, which could grow without bound");
    }

    @Test
    void should_refuse_an_alias_inside_the_collection_it_names() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                loop: &loop
                  again: *loop
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:10: the alias *loop stands inside the list or mapping it refers to; a Casus file cannot contain itself");
    }

    @Test
    void should_refuse_an_alias_to_an_undefined_anchor() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("a: 1\nb: *nowhere\n"));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":2:4: YAML syntax: found undefined alias nowhere");
    }

    @Test
    void should_refuse_nesting_deeper_than_the_limit_where_it_happens() {
        // given
        String fifty = "[".repeat(49) + "]".repeat(49);
        String fiftyOne = "[".repeat(50) + "]".repeat(50);

        // when
        YamlNode atLimit = read("a: " + fifty + "\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("a: " + fiftyOne + "\n"));

        // then
        assertThat(atLimit).isInstanceOf(YamlNode.Mapping.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":1:53: lists and mappings nest more than 50 deep here");
    }

    @Test
    void should_refuse_a_java_type_tag_without_constructing_anything() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                drafts: [test]
                cases: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:8: the tag '!!javax.script.ScriptEngineManager' has no meaning in a Casus file; write plain values, lists and mappings");
    }

    @Test
    void should_refuse_a_custom_tag_but_read_yaml_standard_tags() {
        // when
        YamlNode.Mapping standard = (YamlNode.Mapping) read("a: !!str 5\nb: !!int \"7\"\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("a: 1\nb: !secret x\n"));

        // then
        assertThat(standard.get("a")).extracting(YamlReaderTest::text, YamlReaderTest::kind).containsExactly("5", YamlNode.Scalar.Kind.STRING);
        assertThat(standard.get("b")).extracting(YamlReaderTest::text, YamlReaderTest::kind).containsExactly("7", YamlNode.Scalar.Kind.INTEGER);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:4: the tag '!secret' has no meaning in a Casus file; write plain values, lists and mappings");
    }

    @Test
    void should_give_numbers_and_booleans_a_kind_only_when_their_text_parses() {
        // when
        YamlNode.Mapping top = (YamlNode.Mapping) read("""
                whole: 12
                signed: -3
                decimal: 2.5
                exponent: 1e3
                yes-no: yes
                hex: 0x1F
                underscored: 1_000
                infinite: .inf
                truth: True
                quoted: "12"
                nothing: ~
                empty:
                """);

        // then
        assertThat(top.entries().values()).extracting(entry -> entry.key() + "=" + kind(entry.value())).containsExactly(
                "whole=INTEGER", "signed=INTEGER", "decimal=DECIMAL", "exponent=DECIMAL", "yes-no=STRING", "hex=STRING",
                "underscored=STRING", "infinite=STRING", "truth=BOOLEAN", "quoted=STRING", "nothing=NULL", "empty=NULL");
        assertThat(text(top.get("yes-no"))).isEqualTo("yes");
        assertThat(text(top.get("nothing"))).isNull();
    }

    @Test
    void should_report_a_key_that_is_not_a_single_value() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("? [a, b]\n: 1\nc: 2\n"));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":1:3: a key must be a single value, not a list");
    }

    @Test
    void should_report_bytes_that_are_not_utf8_at_their_line_and_column() {
        // given
        byte[] latin1 = "title: Pact\nparty: Fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> readBytes(latin1));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:12: not valid UTF-8 (byte 0xE7): Casus reads YAML files as UTF-8 text");
    }

    @Test
    void should_count_a_lone_carriage_return_as_a_line_break_when_locating_a_byte_that_is_not_utf8() {
        // when: classic Mac line endings, and a CR just before a CRLF's LF
        InvalidInputException crOnly = catchThrowableOfType(InvalidInputException.class,
                () -> readBytes("title: Pact\rversion: 1\rnote: d\u00e9j\u00e0\r".getBytes(StandardCharsets.ISO_8859_1)));
        InvalidInputException loneCr = catchThrowableOfType(InvalidInputException.class,
                () -> readBytes(new byte[] {'a', ':', ' ', '1', '\r', (byte) 0xFF, '\r', '\n', 'b', ':', ' ', '2'}));

        // then
        assertThat(crOnly.problems()).extracting(Problem::line, Problem::column).containsExactly(tuple(3, 8));
        assertThat(loneCr.problems()).extracting(Problem::line, Problem::column).containsExactly(tuple(2, 1));
    }

    @Test
    void should_report_a_binary_file_as_a_located_problem() {
        // given
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> readBytes(png));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":1:1: not valid UTF-8 (byte 0x89): Casus reads YAML files as UTF-8 text");
    }

    @Test
    void should_point_at_a_control_character_in_valid_utf8() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("a: 1\nb: x\u0000y\n"));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":2:5: the character U+0000 is not allowed in YAML; is this a text file?");
    }

    @Test
    void should_read_a_file_that_starts_with_a_byte_order_mark() {
        // when
        YamlNode.Mapping top = (YamlNode.Mapping) readBytes("\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(top.get("a")).extracting(YamlReaderTest::text, YamlNode::line, YamlNode::column).containsExactly("1", 1, 4);
    }

    @Test
    void should_report_an_empty_file_or_document_as_empty() {
        for (String empty : new String[] {"", "# only a comment\n", "---\n", "--- # nothing\n...\n"}) {
            // when
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(empty));

            // then
            assertThat(e.problems()).as(empty).extracting(Problem::toString).containsExactly(file + ": the file is empty");
        }
    }

    @Test
    void should_refuse_a_second_document_where_it_starts() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                ---
                drafts: [test]
                ---
                cases: []
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ":3:1: a second YAML document starts here; a Casus file holds one document");
    }

    @Test
    void should_read_an_emoji_that_straddles_the_parsers_buffer() {
        // given: SnakeYAML reads 1024 characters at a time; here the 1024th is the first half of an emoji
        String padding = "a".repeat(1024 - "title: \"".length() - 1);

        // when
        YamlNode.Mapping top = (YamlNode.Mapping) read("title: \"" + padding + "😀😀\"\nlast: 2\n");

        // then
        assertThat(text(top.get("title"))).isEqualTo(padding + "😀😀");
        assertThat(top.get("last").line()).isEqualTo(2);
    }

    @Test
    void should_count_lines_as_an_editor_does_past_characters_yaml_reads_as_line_breaks() {
        // when: U+2028 and U+0085 break lines in YAML 1.1, not in an editor; a lone \r does in both
        YamlNode.Mapping top = (YamlNode.Mapping) read("title: \"one\u2028two\u0085three\"\rnext: 1\nlast: 2\n");

        // then
        assertThat(top.entries().get("next").line()).isEqualTo(2);
        assertThat(top.entries().get("last").line()).isEqualTo(3);
        assertThat(top.entries().get("last").column()).isEqualTo(1);
    }

    @Test
    void should_point_at_a_line_separator_that_breaks_a_plain_value() {
        // when: a title pasted with a line separator in it, unquoted
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> read("version: 1\ntitle: one\u2028two\nlast: 2\n"));

        // then
        assertThat(e.problems()).extracting(Problem::line, Problem::column).containsExactly(tuple(2, 11));
        assertThat(e.problems().get(0).message()).startsWith("YAML syntax: ")
                .endsWith("the invisible character U+2028 here is a line break to YAML: remove it");
    }

    @Test
    void should_load_a_50_megabyte_file() throws IOException {
        // given
        file = root.resolve("big.yaml");
        String comment = "# " + "x".repeat(97) + "\n";
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("first: 1\n");
            for (int i = 0; i < 500_000; i++) {
                out.write(comment);
            }
            out.write("last: 2\n");
        }

        // when
        YamlNode.Mapping top = (YamlNode.Mapping) YamlReader.read(file);

        // then
        assertThat(Files.size(file)).isGreaterThan(50_000_000L);
        assertThat(top.entries().keySet()).containsExactly("first", "last");
        assertThat(top.get("last").line()).isEqualTo(500_002);
    }

    @Test
    void should_refuse_a_file_above_the_size_limit_without_reading_it() throws IOException {
        // given
        file = root.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(YamlReader.MAX_BYTES + 1L);
        }

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> YamlReader.read(file));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file
                + ": the file holds 64,000,001 bytes; Casus reads YAML files of up to 64,000,000 bytes");
    }
}
