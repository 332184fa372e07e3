package dev.casus.yaml;

import java.util.Collection;
import java.util.Locale;

/** Finds the nearest valid spelling for a misspelt name, for "did you mean" hints. */
public final class Suggest {

    private Suggest() {
    }

    /** The closest candidate within a small edit distance, or null when none is close. */
    public static String nearest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String needle = input.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, needle.length() / 3);
        if (bestDistance <= allowed) {
            return best;
        }
        if (needle.length() >= 4) {
            for (String candidate : candidates.stream().sorted().toList()) {
                if (candidate.toLowerCase(Locale.ROOT).startsWith(needle)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** " (did you mean 'x'?)" or empty. */
    public static String hint(String input, Collection<String> candidates) {
        String near = nearest(input, candidates);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
