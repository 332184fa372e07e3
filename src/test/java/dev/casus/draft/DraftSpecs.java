package dev.casus.draft;

import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test access to the draft.yaml reader alone, which is package-private: reading a spec compiles no clause. */
public final class DraftSpecs {

    /** What reading a draft.yaml gave: whether a spec came out, its attributes, and every problem. */
    public record Read(boolean read, List<AttributeDeclaration> attributes, List<Problem> problems) {
    }

    private DraftSpecs() {
    }

    /** Reads {@code file} as a draft.yaml; any throwable but the reader's own problems escapes. */
    public static Read read(Path file) {
        List<Problem> problems = new ArrayList<>();
        DraftSpec spec = DraftSpec.read(file, problems);
        return new Read(spec != null, spec == null ? List.of() : spec.attributes(), problems);
    }
}
