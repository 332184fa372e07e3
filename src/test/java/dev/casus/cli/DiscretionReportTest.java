package dev.casus.cli;

import dev.casus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Such action as it deems necessary": discretion over the content of the response, shown as such and not as open texture. */
class DiscretionReportTest {

    private static final String YAML = """
            title: Art. 5
            parties:
              - {id: PL, role: guaranteed}
              - {id: US, role: guarantor}
            commitments:
              - {id: assist, wording: Each party assists the party attacked by such action as it deems necessary.%s}
            """;

    private static final String DRL = """
            package casus.art5;

            rule "art5"
                @clause("Art. 5")
                @text("Each party assists the party attacked by taking such action as it deems necessary.")
            when
                $i : Incident(act == Act.MISSILE_STRIKE)
                $p : Party(role == Role.GUARANTOR)
            then
                activate("assist", $p);
            end
            """;

    private static final String CASES = """
            drafts: [art5]
            strict: true
            cases:
              - id: strike
                incident: {act: missile-strike, country: PL}
                expect:
                  active: [US/assist]
            """;

    @TempDir
    Path root;

    private String run(String commitmentFlag, String... format) {
        Fixtures.draft(root.resolve("rules"), "art5", YAML.formatted(commitmentFlag), Map.of("art5.drl", DRL));
        Fixtures.write(root.resolve("cases/art5.yaml"), CASES);
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        String[] args = format.length == 0
                ? new String[] {"run", "--rules", root.resolve("rules").toString(), "--cases", root.resolve("cases").toString()}
                : new String[] {"run", "--rules", root.resolve("rules").toString(), "--cases", root.resolve("cases").toString(), "--format", format[0]};
        int exit = cli.execute(args);
        return exit + "\n" + out;
    }

    @Test
    void should_show_discretion_beside_the_commitment_and_raise_no_open_texture_when_the_content_is_at_discretion() {
        // when
        String text = run(", discretion: content");
        String json = run(", discretion: content", "json");

        // then
        assertThat(text).startsWith("0\n").contains("    1  US/assist   (content at the party's discretion)")
                .doesNotContain("open-texture");
        assertThat(json).contains("\"discretion\" : [ \"assist\" ]");
    }

    @Test
    void should_read_necessary_as_open_texture_when_the_draft_does_not_leave_the_content_to_the_party() {
        // when
        String text = run("");

        // then
        assertThat(text).startsWith("1\n").contains("open-texture [strike]: \"necessary\" is a judgment the wording leaves open")
                .doesNotContain("discretion");
    }
}
