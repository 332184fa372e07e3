package dev.casus;

import dev.casus.model.InvalidInputException;

import dev.casus.draft.DraftLoader;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry point: load a draft once, then evaluate incidents and analyse cases from any number
 * of threads.
 *
 * <pre>{@code
 * Draft draft = Casus.load(Path.of("rules/coalition"));
 * WorldResult result = draft.evaluate(incident);
 * }</pre>
 */
public final class Casus {

    private Casus() {
    }

    /**
     * Loads and compiles a draft folder ({@code draft.yaml} and {@code *.drl}).
     *
     * @throws InvalidInputException listing every problem found, each located in its file
     */
    public static Draft load(Path draftDirectory) {
        Objects.requireNonNull(draftDirectory, "draftDirectory must not be null");
        return new Draft(DraftLoader.load(draftDirectory));
    }
}
