package dev.casus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small drafts and case files into a test's temporary folder. */
public final class Fixtures {

    /** A draft with one guarantor (FR), one guarantor with a parliamentary condition (DE), and two commitments. */
    public static final String DRAFT_YAML = """
            title: Test Pact
            version: "1"
            sources:
              - instrument: North Atlantic Treaty
                article: Art. 5
            attributes:
              nuclear-used: {type: boolean}
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

    /** Clauses: aggression by a state; armed attack when at least 10 are killed; consult and assist on armed attack. */
    public static final String CLAUSES = """
            package casus.test;

            rule "aggression"
                @clause("Art. 1")
                @text("A strike by a State on Ukraine is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE, country == "UA")
            then
                holds("aggression", $i);
            end

            rule "armed-attack"
                @clause("Art. 2")
                @text("Aggression that kills at least 10 people is an armed attack.")
            when
                $i : Incident(killed >= 10)
                Holds(term == "aggression", incident == $i)
            then
                holds("armed attack", $i);
            end

            rule "consult"
                @clause("Art. 3")
                @text("On an armed attack each guarantor consults within 24 hours.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end

            rule "assist"
                @clause("Art. 4")
                @text("On an armed attack each guarantor gives military assistance within 72 hours.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("assist", $p);
            end
            """;

    /** Art. 2 sets aside Art. 1 whenever no one is killed; Art. 3 consults on any strike. */
    public static final String MASKING_CLAUSES = """
            package casus.masked;

            rule "aggression"
                @clause("Art. 1")
                @text("A strike by a State is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE)
            then
                holds("aggression", $i);
            end

            rule "no-toll"
                @clause("Art. 2")
                @text("A strike that kills no one is not aggression.")
                @overrides("Art. 1")
            when
                $i : Incident(killed < 1)
            then
                holdsNot("aggression", $i);
            end

            rule "consult"
                @clause("Art. 3")
                @text("Each guarantor consults on any strike.")
            when
                Incident()
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end

            """;

    private Fixtures() {
    }

    public static Path draft(Path root, String name, String yaml, Map<String, String> drlFiles) {
        Path dir = root.resolve(name);
        write(dir.resolve("draft.yaml"), yaml);
        drlFiles.forEach((file, text) -> write(dir.resolve(file), text));
        return dir;
    }

    /** The standard test draft, plus any extra DRL files. */
    public static Path testDraft(Path root, Map<String, String> extraDrl) {
        Path dir = draft(root, "test", DRAFT_YAML, Map.of("clauses.drl", CLAUSES));
        extraDrl.forEach((file, text) -> write(dir.resolve(file), text));
        return dir;
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
