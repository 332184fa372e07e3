package dev.casus.model;

import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/vocabulary.md is generated from the vocabulary itself, so it cannot drift. After changing the
 * vocabulary, regenerate it with {@code CASUS_WRITE_DOCS=1 mvn test -Dtest=VocabularyDocTest}.
 */
class VocabularyDocTest {

    private static final Path DOC = Path.of("docs/vocabulary.md");

    @Test
    void vocabulary_reference_lists_every_field_and_value() throws IOException {
        String generated = render();
        if (System.getenv("CASUS_WRITE_DOCS") != null) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC))
                .as("docs/vocabulary.md is out of date: run CASUS_WRITE_DOCS=1 mvn test -Dtest=VocabularyDocTest")
                .isEqualTo(generated);
    }

    static String render() {
        StringBuilder s = new StringBuilder();
        s.append("# Vocabulary: the fields of an incident\n\n");
        s.append("<!-- Generated from dev.casus.model by VocabularyDocTest; do not edit by hand. -->\n\n");
        s.append("An incident is what happened, as far as is known. A case file gives each field under `incident:` ")
                .append("(or under each entry of `timeline:`); a clause matches it as `Incident(...)` in DRL. ")
                .append("The YAML name and the DRL name of a field are the same. Enum values are written in lower case ")
                .append("with hyphens in YAML (`missile-strike`) and as constants in DRL (`Act.MISSILE_STRIKE`).\n\n");
        s.append("| field | type | meaning | when omitted |\n|---|---|---|---|\n");
        for (IncidentField f : IncidentField.values()) {
            s.append("| `").append(f.key()).append("` | ").append(type(f)).append(" | ").append(f.description())
                    .append(" | ").append(omitted(f)).append(" |\n");
        }
        s.append("| `id` | text | the incident's id, used in explanations and timelines | `e1`, `e2`, ... in order |\n");
        s.append("| `extra` | mapping | the extra attributes the draft declares in its draft.yaml | absent |\n\n");
        for (IncidentField f : IncidentField.values()) {
            if (f.type() != ValueType.ENUM) {
                continue;
            }
            s.append("## `").append(f.key()).append("`: ").append(f.enumType().getSimpleName()).append("\n\n");
            s.append("| YAML | DRL | meaning |\n|---|---|---|\n");
            for (Described d : f.allowedValues()) {
                s.append("| `").append(d.yamlName()).append("` | `").append(f.enumType().getSimpleName()).append('.')
                        .append(d.name()).append("` | ").append(d.description()).append(" |\n");
            }
            s.append('\n');
        }
        s.append("## Parties: `Party`\n\n");
        s.append("Parties come from draft.yaml. A clause matches them as `$p : Party(role == Role.GUARANTOR)` or ")
                .append("`Party(id == \"FR\")`.\n\n| YAML role | DRL | meaning |\n|---|---|---|\n");
        for (Role r : Role.values()) {
            s.append("| `").append(r.yamlName()).append("` | `Role.").append(r.name()).append("` | ").append(r.description()).append(" |\n");
        }
        s.append("\n### Dates\n\n");
        s.append("A draft may say when it is in force, and a party when it is one; an incident's `time` (its day in UTC) ")
                .append("decides what applies. Days are written `YYYY-MM-DD`, both ends included; `until` may be left out.\n\n")
                .append("| draft.yaml | Java | meaning |\n|---|---|---|\n")
                .append("| `inForce: {from: 1949-08-24, until: ...}` | `Draft.inForceFrom()`, `inForceUntil()`, `inForceOn(day)` | ")
                .append("on another day the draft applies to nothing: an incident then activates nothing, and the report says why |\n")
                .append("| party `since: 2023-04-04`, `until: ...` | `Party.since()`, `until()`, `isPartyOn(day)` | ")
                .append("on another day it is not in the world the clauses see, and owes nothing |\n\n")
                .append("An incident without a `time` is taken to happen while the draft is in force and every party is one. ")
                .append("What the dates left out is in `WorldResult.outOfTime()` and the report.\n");
        s.append("\n## `victim`: the States attacked\n\n");
        s.append("`country` is where it happened; `victim` is the State attacked, which may be elsewhere: a ship at sea, ")
                .append("forces stationed abroad. A list written with brackets always means alternatives, so several States ")
                .append("attacked at once are written with `all`:\n\n");
        s.append("| YAML | means |\n|---|---|\n");
        s.append("| `victim: UA` | Ukraine was attacked |\n");
        s.append("| `victim: {all: [DK, SE]}` | Denmark and Sweden were both attacked (one world) |\n");
        s.append("| `victim: [PL, LT]` | Poland or Lithuania was attacked, not known which (two worlds) |\n");
        s.append("| `victim: [UA, {all: [PL, LT]}]` | Ukraine, or else Poland and Lithuania together (two worlds) |\n");
        s.append("| `victim: unknown` | any State: each party of the draft, each State a clause names, and one that is neither |\n");
        s.append("| (omitted) | the `country`, when given, counts as the State attacked |\n\n");
        s.append("With `onForces: true`, the act struck the victim's armed forces, vessels or aircraft outside its territory ")
                .append("(`target` still says which). Clauses do not compare `victim` with a text; they ask:\n\n");
        s.append("| DRL | holds when |\n|---|---|\n");
        s.append("| `Incident(hasVictim(\"UA\"))` | UA is among the States attacked |\n");
        s.append("| `$i : Incident(...)` then `Party(victimOf($i))` | the party is among the States attacked |\n");
        s.append("| `exists Party(role == Role.GUARANTOR, victimOf($i))` | the victim is a guarantor of the draft |\n");
        s.append("| `$p : Party(role == Role.GUARANTOR, !victimOf($i))` | binds every guarantor other than the victim |\n\n");
        s.append("A draft is `silent` only on a hostile act against a State it protects: its guaranteed parties, or, when it ")
                .append("has none (the parties guarantee each other), its guarantors. An act whose victim (or, with no victim, ")
                .append("whose country) is none of them gives no `silent` finding.\n");
        s.append("\n## `country`: several places at once\n\n");
        s.append("An incident may have happened in several countries at once (sabotage that hit two States' waters). ")
                .append("As for `victim`, `all` says \"all of these\" and brackets say \"one of these\":\n\n");
        s.append("| YAML | means |\n|---|---|\n");
        s.append("| `country: UA` | it happened in Ukraine |\n");
        s.append("| `country: {all: [DK, SE]}` | it happened in Denmark and in Sweden (one world) |\n");
        s.append("| `country: [DK, SE]` | in Denmark or in Sweden, not known which (two worlds) |\n");
        s.append("| `country: [DK, {all: [DK, SE]}]` | in Denmark alone, or in both (two worlds) |\n");
        s.append("| `country: unknown` | one country at a time: each a clause names (`country == \"UA\"`, `inCountry(\"UA\")`), and one that is neither |\n\n");
        s.append("Clauses ask whether it happened (also) in a country with a helper, which holds when any of the countries is one:\n\n");
        s.append("| DRL | holds when |\n|---|---|\n");
        s.append("| `Incident(inCountry(\"UA\"))` | UA is one of the countries where it happened |\n");
        s.append("| `Incident(inCountry(\"PL\", \"LT\"))` | PL or LT is one of them |\n");
        s.append("| `$i : Incident(...)` then `exists Party(role == Role.GUARANTOR, countryOf($i))` | it happened in the territory of a guarantor |\n\n");
        s.append("`country == \"UA\"` and `country in (\"PL\", \"LT\")` read the field itself, which holds one place: they work as ")
                .append("before for an incident in one country, and a case whose incident is in several countries at once against a ")
                .append("draft with such a clause is a case error (exit 3) naming the clause and `inCountry`, never a silent answer ")
                .append("about one of the places. With no `victim`, every one of the countries counts as a State attacked.\n");
        s.append("\n## Uncertain values\n\n");
        s.append("Any field of a case may be uncertain. The harness expands the case into possible worlds; clauses only ever see concrete values.\n\n");
        s.append("| form | example | worlds tried |\n|---|---|---|\n");
        s.append("| alternatives | `attribution: [confirmed, suspected]` | each alternative |\n");
        s.append("| range (numbers) | `killed: {from: 0, to: 40}` | both ends, and each threshold a clause compares the field with, with the values just beside it |\n");
        s.append("| `unknown` | `attribution: unknown` | every value of the domain: each enum value (`unknown` included), `true` and `false`, for numbers 0 up to just past the highest threshold, for text each value the clauses compare with plus `(other)`, for `time` (when the draft has dates) the day before and the first day of each period its dates set |\n\n");
        s.append("A field that no clause of the draft reads does not multiply the worlds: its first alternative is used. ")
                .append("A case that would need more worlds than `--max-worlds` (default 4096) is reported as an error, never sampled.\n\n");
        s.append("## Extra attributes\n\n");
        s.append("A draft declares extra attributes in draft.yaml under `attributes:`, each with a `type` ")
                .append("(`boolean`, `integer`, `decimal`, `text`, or `enum` with `values`). Cases give them under `extra:`; ")
                .append("values are checked against the type. Clauses read them with `flag(\"name\")` (boolean), ")
                .append("`number(\"name\")` (integer or decimal) and `text(\"name\")` (text or enum).\n\n");
        s.append("## Shared vocabulary\n\n");
        s.append("`rules/vocabulary.yaml`, beside the draft folders (it is not a draft), declares what every draft of the project sees; ")
                .append("a draft folder loaded alone reads its parent folder's file. Its keys, all optional:\n\n");
        s.append("| key | example | use |\n|---|---|---|\n");
        s.append("| `attributes` | `nuclear-threat: {type: boolean}` | extra attributes, as in draft.yaml; a draft may add its own, and one declared in both must have the same type |\n");
        s.append("| `acts` | `grey-zone-harassment: {description: ...}` | acts beyond [Act](#act-act): `act: grey-zone-harassment` in a case, `isAct(\"grey-zone-harassment\")` in a clause; an incident with one is a hostile act for `silent` |\n");
        s.append("| `constants` | `mass-casualty: 10` | named numbers, read in a clause as `constant(\"mass-casualty\")`; a range is tried at them like at a literal |\n");
        s.append("| `groups` | `nato: {name: NATO members, members: [{id: US, since: 1949-08-24}]}` | party groups: `- {group: nato, role: guarantor}` under a draft's `parties:` stands for each member, with its `since`/`until` |\n\n");
        s.append("`isAct(\"balloon-overflight\")` also names a built-in act, as case files spell it.\n\n");
        s.append("## Decisions\n\n");
        s.append("A draft declares under `decisions:` what its text leaves to someone to decide, each with `id`, `by` ")
                .append("(`victim`, `party` for any party, a party's id, or a body such as `north-atlantic-council`) and `text`; a commitment lists the ")
                .append("ones it waits on under `awaits:`, and a clause reads one with `Incident(decided(\"id\"))`. ")
                .append("A case states them under `decisions:`, each the incident field `decisions.<id>`:\n\n");
        s.append("| case file | meaning |\n|---|---|\n");
        s.append("| `decisions: {request: yes}` | taken: what waits on it is active |\n");
        s.append("| `decisions: {consult-request: {by: [PL, LT]}}` | taken by these parties, each one that may take it (any party of the drafts for `by: party`) |\n");
        s.append("| `decisions: {request: no}` | not taken: what waits on it is inactive |\n");
        s.append("| `decisions: {request: unknown}` or `[yes, no]` | not known: one world each |\n");
        s.append("| not stated | what waits on it is `conditional`, and the report says on what |\n\n");
        s.append("A party's condition (`conditions:` in draft.yaml, a parliament's approval) with a `decision:` id is a ")
                .append("decision that party takes: a case states it met (`yes`) or not (`no`) like the others.\n\n");
        s.append("A commitment marked `discretion: content` leaves the content of the response to the party (\"such action ")
                .append("as it deems necessary\"): the report shows it beside the commitment, not as open texture.\n\n");
        s.append("## Timelines\n\n");
        s.append("`$later.hoursAfter($earlier)` gives the whole hours between two incidents' `time`s, for windows such as ")
                .append("\"three verified violations within 72 hours\".\n");
        s.append("\n## Scenarios\n\n");
        s.append("A case may give several named accounts of one incident under `scenarios:`, a mapping from each account's ")
                .append("name to what it states differently from the case's `incident:` (a field given as `~` is left out in ")
                .append("that account), with an optional `title`; with no `incident:`, each account is a full set of facts. ")
                .append("Worlds expand within each account, never across them. An answer that differs between accounts ")
                .append("depends on `scenario`, whose values are the accounts' names: ")
                .append("\"depends on scenario: turkish-account \u2192 active; russian-account \u2192 inactive\". ")
                .append("Scenarios change a single incident: a case with a `timeline:` cannot have them.\n\n")
                .append("```yaml\nincident: {act: attack-on-forces, actor: TR, actorKind: state, target: aircraft}\n")
                .append("scenarios:\n  turkish-account: {title: Over Turkish airspace, country: TR, zone: airspace}\n")
                .append("  russian-account: {title: Over Syria, country: SY, zone: airspace}\n```\n");
        return s.toString();
    }

    private static String type(IncidentField f) {
        return switch (f.type()) {
            case ENUM -> "[" + f.enumType().getSimpleName() + "](#" + f.key().toLowerCase() + "-" + f.enumType().getSimpleName().toLowerCase() + ")";
            case INTEGER -> "whole number";
            case DECIMAL -> "number";
            case BOOLEAN -> "true / false";
            case TEXT -> "text";
            case TIME -> "ISO-8601 time";
            case STATES -> "[States](#victim-the-states-attacked)";
        };
    }

    private static String omitted(IncidentField f) {
        return switch (f) {
            case ACTOR_KIND, ATTRIBUTION, INTENT -> "`unknown`";
            case KILLED, INJURED, DAMAGE -> "0";
            case VERIFIED, ON_FORCES -> "false";
            case VICTIM -> "the `country`";
            default -> "not set";
        };
    }
}
