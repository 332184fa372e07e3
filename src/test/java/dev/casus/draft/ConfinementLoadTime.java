package dev.casus.draft;

import dev.casus.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What confinement costs when a project loads: not a test, a measurement, run by hand on a quiet
 * machine (docs/security.md gives the figures):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.casus.draft.ConfinementLoadTime [rules] [rounds]
 * </pre>
 *
 * <p>Each round loads every draft of the folder confined and trusted (in turns, which first), then
 * reads every clause file with the checker and without it, five times each in turns; the figures are medians over the rounds, after as many warm-up
 * rounds. The checker walks every clause in both modes (type errors are checked either way), so its
 * cost is measured on its own: reading with it minus reading without it.
 */
public final class ConfinementLoadTime {

    private ConfinementLoadTime() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> drafts;
        try (Stream<Path> folders = Files.list(rules)) {
            drafts = folders.filter(Files::isDirectory).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        for (Path draft : drafts) {
            try (Stream<Path> drl = Files.list(draft)) {
                drl.filter(f -> f.toString().endsWith(".drl")).sorted().forEach(files::add);
            }
        }
        List<String> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(Files.readString(file));
        }
        long[] confined = new long[rounds];
        long[] trusted = new long[rounds];
        long[] checked = new long[rounds];
        long[] unchecked = new long[rounds];
        for (int round = -rounds; round < rounds; round++) {
            boolean confinedFirst = (round & 1) == 0;
            long loadConfined = 0;
            long loadTrusted = 0;
            for (boolean trust : confinedFirst ? new boolean[] {false, true} : new boolean[] {true, false}) {
                long start = System.nanoTime();
                drafts.forEach(d -> DraftLoader.load(d, trust));
                if (trust) {
                    loadTrusted = System.nanoTime() - start;
                } else {
                    loadConfined = System.nanoTime() - start;
                }
            }
            long readChecked = 0;
            long readUnchecked = 0;
            for (int repeat = 0; repeat < 5; repeat++) {
                long start = System.nanoTime();
                for (int i = 0; i < files.size(); i++) {
                    List<Problem> problems = new ArrayList<>();
                    CodeParses parses = new CodeParses();
                    new ClauseReader(files.get(i), sources.get(i), Set.of(), Set.of(), problems, parses)
                            .read(new ClauseChecker(files.get(i), sources.get(i), Map.of(), true, problems, parses));
                }
                readChecked += System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < files.size(); i++) {
                    new ClauseReader(files.get(i), sources.get(i), Set.of(), Set.of(), new ArrayList<>()).read();
                }
                readUnchecked += System.nanoTime() - start;
            }
            readChecked /= 5;
            readUnchecked /= 5;
            if (round >= 0) {
                confined[round] = loadConfined;
                trusted[round] = loadTrusted;
                checked[round] = readChecked;
                unchecked[round] = readUnchecked;
            }
        }
        double load = median(confined);
        double check = median(checked) - median(unchecked);
        System.out.printf("%d drafts, %d clause files, %d rounds after %d warm-up rounds; medians%n",
                drafts.size(), files.size(), rounds, rounds);
        System.out.printf("load, confined          %8.1f ms%n", load);
        System.out.printf("load, --trust-clauses   %8.1f ms%n", median(trusted));
        System.out.printf("read clauses + check    %8.2f ms%n", median(checked));
        System.out.printf("read clauses only       %8.2f ms%n", median(unchecked));
        System.out.printf("the check               %8.2f ms = %.2f%% of the confined load%n", check, 100 * check / load);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
