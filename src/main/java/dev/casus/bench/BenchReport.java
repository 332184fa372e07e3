package dev.casus.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.casus.bench.BenchRunner.Layer;
import dev.casus.bench.BenchRunner.Measurement;
import dev.casus.bench.BenchRunner.Settings;
import org.openjdk.jmh.util.Version;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table {@code casus bench} prints: each layer's throughput per thread count, and its time for a
 * pass over the project relative to each baseline's.
 */
public final class BenchReport {

    /** What was measured and how, for the heading. */
    public record Context(String rules, String cases, int drafts, int caseRuns, int worlds, Settings settings) {
    }

    private final Context context;
    private final Map<Integer, Map<Layer, Measurement>> byThreads = new TreeMap<>();

    public BenchReport(Context context, List<Measurement> measurements) {
        this.context = context;
        for (Measurement m : measurements) {
            byThreads.computeIfAbsent(m.threads(), t -> new EnumMap<>(Layer.class)).put(m.layer(), m);
        }
    }

    /** The layer's work in its own unit per second: worlds, or case runs. */
    public double rate(Measurement m) {
        return m.passes() * (m.layer().perCase() ? context.caseRuns() : context.worlds());
    }

    /** The layer's time for one pass over the project, over the baseline's at the same thread count; NaN if not measured. */
    public double ratio(Measurement m, Layer baseline) {
        Measurement b = byThreads.get(m.threads()).get(baseline);
        return b == null ? Double.NaN : b.passes() / m.passes();
    }

    /** The heading, the table and its notes. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(heading()).append("\n\n");
        s.append(String.format("%-27s %7s  %-17s %4s %7s %7s%n", "layer", "threads", "throughput", "\u00b1", "time/A", "time/B"));
        byThreads.forEach((threads, measured) -> measured.values().forEach(m -> s.append(String.format(Locale.ROOT,
                "%-27s %7d  %,8.0f %-8s %4s %7s %7s%n", m.layer().title(), threads, rate(m), m.layer().perCase() ? "cases/s" : "worlds/s",
                percent(m.error() / m.passes()), times(ratio(m, Layer.FRESH_SESSION)), times(ratio(m, Layer.REUSED_SESSION))))));
        s.append('\n');
        s.append("\u00b1: half-width of JMH's 99.9% confidence interval, relative to the score.\n");
        s.append("time/A, time/B: the layer's time for one pass over the project (every possible world, or\n");
        s.append("every case run) over that of baseline A or B at the same thread count.\n");
        List<String> costs = new ArrayList<>();
        findingsCost().forEach((threads, cost) -> costs.add(times(cost) + " on " + threads + (threads == 1 ? " thread" : " threads")));
        if (!costs.isEmpty()) {
            s.append("The cost of findings: analyse with every finding over analyse without, ").append(String.join(", ", costs)).append(".\n");
        }
        return s.toString();
    }

    /** Per thread count, the time of analyse with every finding over analyse without. */
    private Map<Integer, Double> findingsCost() {
        Map<Integer, Double> out = new TreeMap<>();
        byThreads.forEach((threads, measured) -> {
            Measurement plain = measured.get(Layer.ANALYSE_PLAIN);
            Measurement full = measured.get(Layer.ANALYSE_FINDINGS);
            if (plain != null && full != null) {
                out.put(threads, plain.passes() / full.passes());
            }
        });
        return out;
    }

    /** The same as one JSON document. */
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode project = root.putObject("project");
        project.put("rules", context.rules()).put("cases", context.cases()).put("drafts", context.drafts())
                .put("caseRuns", context.caseRuns()).put("worlds", context.worlds());
        Settings settings = context.settings();
        root.putObject("settings").put("jmh", Version.getPlainVersion()).put("jvm", jvm())
                .put("cores", Runtime.getRuntime().availableProcessors()).put("forks", settings.forks())
                .put("warmupIterations", settings.warmupIterations()).put("iterations", settings.iterations())
                .put("iterationSeconds", settings.seconds()).put("confined", !settings.trustClauses());
        var results = root.putArray("results");
        byThreads.forEach((threads, measured) -> measured.values().forEach(m -> {
            ObjectNode r = results.addObject();
            r.put("layer", m.layer().id()).put("threads", threads).put("unit", m.layer().perCase() ? "cases/s" : "worlds/s")
                    .put("score", round(rate(m), 1));
            number(r, "error", round(rate(m) * m.error() / m.passes(), 1));
            number(r, "timeOverA", round(ratio(m, Layer.FRESH_SESSION), 3));
            number(r, "timeOverB", round(ratio(m, Layer.REUSED_SESSION), 3));
        }));
        ObjectNode cost = root.putObject("findingsCost");
        findingsCost().forEach((threads, ratio) -> cost.put(String.valueOf(threads), round(ratio, 3)));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the benchmark's JSON", e);
        }
    }

    private String heading() {
        Settings settings = context.settings();
        return String.format(Locale.ROOT, "casus bench: %d draft%s, %d case runs, %d possible worlds (%s, %s)%n"
                        + "%s on %s, %d cores; each layer in %d fork%s of its own: %d warm-up and %d measured iterations of %s s",
                context.drafts(), context.drafts() == 1 ? "" : "s", context.caseRuns(), context.worlds(), context.rules(), context.cases(),
                "JMH " + Version.getPlainVersion(), jvm(), Runtime.getRuntime().availableProcessors(),
                settings.forks(), settings.forks() == 1 ? "" : "s", settings.warmupIterations(), settings.iterations(),
                trim(settings.seconds()))
                + (settings.trustClauses() ? String.format("%nclauses not confined (--trust-clauses)") : "");
    }

    /** A number, or null where there is none (JSON has no NaN). */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) || Double.isInfinite(fraction) ? "?" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    private static double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.NaN;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
