package dev.casus.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.casus.model.Problem;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Answer.Dependence;
import dev.casus.api.Finding;
import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import dev.casus.api.RunResult.NotRun;
import dev.casus.api.RunResult;

/**
 * The run as one JSON document, sorted and deterministic: the same inputs give the same bytes,
 * whatever the thread count. The README documents the shape.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonReport() {
    }

    public static String render(RunResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode drafts = root.putArray("drafts");
        for (DraftRun run : result.drafts()) {
            ObjectNode d = drafts.addObject();
            d.put("id", run.draftId());
            d.put("title", run.title());
            d.put("version", run.version());
            ArrayNode columns = d.putArray("commitments");
            TextReport.columns(run).forEach(columns::add);
            if (!run.discretion().isEmpty()) {
                ArrayNode discretion = d.putArray("discretion");
                run.discretion().forEach(discretion::add);
            }
            ArrayNode cases = d.putArray("cases");
            for (CaseRun c : run.cases()) {
                cases.add(caseNode(c));
            }
            ArrayNode findings = d.putArray("findings");
            run.findings().forEach(f -> findings.add(findingNode(f)));
            ObjectNode coverage = d.putObject("coverage");
            coverage.put("clauses", run.coverage().clauses());
            coverage.put("fired", run.coverage().fired());
            coverage.put("effective", run.coverage().effective());
            coverage.put("percent", run.coverage().percent());
            ArrayNode masked = coverage.putArray("masked");
            run.coverage().masked().forEach(masked::add);
            ArrayNode neverFired = coverage.putArray("neverFired");
            run.coverage().neverFired().forEach(neverFired::add);
            ArrayNode strictFailures = d.putArray("strictFailures");
            run.strictFailures().forEach(f -> strictFailures.add(f.located()));
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().stream().map(Problem::toString).forEach(problems::add);
        ArrayNode notRun = root.putArray("notRun");
        for (NotRun n : result.notRun()) {
            ObjectNode entry = notRun.addObject();
            entry.put("draft", n.draftId());
            entry.put("case", n.caseId());
            entry.put("file", n.file().toString());
            entry.put("line", n.line());
            entry.put("reason", n.reason());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("drafts", result.drafts().size());
        summary.put("cases", result.cases());
        summary.put("passed", result.passed());
        summary.put("failed", result.failed());
        summary.put("caseErrors", result.caseErrors());
        summary.put("invalidDrafts", result.invalidDrafts().size());
        summary.put("invalidCaseFiles", result.invalidSuites().size());
        summary.put("notRun", result.notRun().size());
        summary.put("exitCode", result.exitCode());
        summary.put("confined", result.confined());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The answers as of each date of a case with updates. */
    private static ArrayNode history(CaseAnalysis a) {
        ArrayNode history = MAPPER.createArrayNode();
        for (CaseAnalysis.AsOf asOf : a.history()) {
            ObjectNode date = history.addObject();
            date.put("at", asOf.at());
            if (asOf.note() != null) {
                date.put("note", asOf.note());
            }
            ObjectNode commitments = date.putObject("commitments");
            asOf.analysis().commitments().values().forEach(x -> commitments.put(x.subject(), x.verdict().label()));
            ObjectNode terms = date.putObject("terms");
            asOf.analysis().terms().values().forEach(x -> terms.put(x.subject(), x.verdict().label()));
        }
        return history;
    }

    /** When each commitment active at the end became owed, and when it falls due. */
    private static ObjectNode owed(CaseAnalysis a) {
        ObjectNode owed = MAPPER.createObjectNode();
        for (String key : a.commitments().keySet()) {
            a.owedFrom(key).ifPresent(from -> {
                ObjectNode o = owed.putObject(key);
                o.put("from", from.toString());
                a.dueBy(key).ifPresent(due -> o.put("dueBy", due.toString()));
            });
        }
        return owed;
    }

    private static ObjectNode caseNode(CaseRun c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.caseId());
        n.put("file", c.file().toString());
        n.put("line", c.line());
        CaseAnalysis a = c.analysis();
        if (a != null) {
            n.put("title", a.theCase().title());
            n.put("worlds", a.worlds().size());
            if (!a.outOfTime().isEmpty()) {
                ArrayNode outOfTime = n.putArray("outOfTime");
                a.outOfTime().forEach(outOfTime::add);
            }
            ObjectNode commitments = n.putObject("commitments");
            ObjectNode dependsOn = MAPPER.createObjectNode();
            ObjectNode waitsOn = MAPPER.createObjectNode();
            for (Answer answer : a.commitments().values()) {
                commitments.put(answer.subject(), answer.verdict().label());
                a.waitsOn(answer.subject()).ifPresent(w -> waitsOn.put(answer.subject(), w));
                if (!answer.dependsOn().isEmpty()) {
                    dependsOn.set(answer.subject(), dependences(answer));
                }
            }
            ObjectNode terms = n.putObject("terms");
            for (Answer answer : a.terms().values()) {
                terms.put(answer.subject(), answer.verdict().label());
                if (!answer.dependsOn().isEmpty()) {
                    dependsOn.set(answer.subject(), dependences(answer));
                }
            }
            n.set("dependsOn", dependsOn);
            if (!waitsOn.isEmpty()) {
                n.set("waitsOn", waitsOn);
            }
            if (!a.history().isEmpty()) {
                n.set("history", history(a));
                ObjectNode owed = owed(a);
                if (!owed.isEmpty()) {
                    n.set("owed", owed);
                }
            }
        }
        ObjectNode expectations = n.putObject("expectations");
        expectations.put("passed", c.passed());
        expectations.put("failed", c.failed());
        ArrayNode failures = expectations.putArray("failures");
        for (ExpectationResult r : c.expectations()) {
            if (!r.passed()) {
                ObjectNode f = failures.addObject();
                f.put("line", r.expectation().line());
                f.put("expected", r.unexpected() ? "no unexpected finding (strict)" : r.expectation().describe());
                f.put("actual", r.actual());
            }
        }
        ArrayNode findings = n.putArray("findings");
        if (a != null) {
            for (Finding f : a.findings()) {
                findings.add(findingNode(f));
            }
        }
        ArrayNode errors = n.putArray("errors");
        c.errors().stream().map(Problem::toString).forEach(errors::add);
        return n;
    }

    static ObjectNode findingNode(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", f.kind().label());
        n.put("clause", f.clause());
        ArrayNode clauses = n.putArray("clauses");
        f.clauses().forEach(clauses::add);
        ObjectNode wording = n.putObject("wording");
        f.wording().forEach(wording::put);
        n.put("subject", f.subject());
        n.put("reason", f.reason());
        ArrayNode worlds = n.putArray("worlds");
        f.worlds().forEach(worlds::add);
        if (f.file() != null) {
            n.put("file", f.file().toString());
            n.put("line", f.line());
        }
        if (f.warning()) {
            n.put("warning", true);
        }
        return n;
    }

    private static ArrayNode dependences(Answer answer) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Dependence dep : answer.dependsOn()) {
            ObjectNode d = list.addObject();
            d.put("field", dep.field());
            ObjectNode outcomes = d.putObject("outcomes");
            dep.outcomes().forEach(outcomes::put);
            ArrayNode clauses = d.putArray("clauses");
            dep.clauses().forEach(clauses::add);
        }
        return list;
    }
}
