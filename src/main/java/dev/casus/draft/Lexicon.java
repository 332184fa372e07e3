package dev.casus.draft;


import dev.casus.yaml.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The open-texture lexicon: words such as "serious" or "sufficient" that leave a judgment open.
 * Casus ships a default list; a draft extends it with a {@code lexicon.txt} in its folder.
 */
public final class Lexicon {

    private static final long MAX_BYTES = 1_000_000;

    /** The file name a draft folder may hold to extend the lexicon. */
    public static final String DRAFT_FILE = "lexicon.txt";
    private static final String DEFAULTS = "dev/casus/draft/open-texture.txt";

    private final Set<String> phrases;

    private Lexicon(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
    }

    /** The shipped lexicon plus the draft folder's own {@code lexicon.txt}, if there is one. */
    public static Lexicon forDraft(Path draftDirectory) {
        Set<String> phrases = new TreeSet<>(parse(defaults()));
        Path own = draftDirectory.resolve(DRAFT_FILE);
        if (Files.isRegularFile(own)) {
            phrases.addAll(parse(SourceText.read(own, MAX_BYTES, "lexicon files")));
        }
        return new Lexicon(phrases);
    }

    public Set<String> phrases() {
        return phrases;
    }

    /** The lexicon's phrases that occur in the text as whole words, in alphabetical order. */
    public List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(phrase) + "(?![\\w-])").matcher(lower).find()) {
                found.add(phrase);
            }
        }
        return found;
    }

    private static String defaults() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    private static Set<String> parse(String text) {
        Set<String> out = new TreeSet<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }
}
