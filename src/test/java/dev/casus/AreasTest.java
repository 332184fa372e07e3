package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Incident;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Named areas: built into Casus and declared in rules/vocabulary.yaml; clauses ask inArea, confined. */
class AreasTest {

    private static final String DRAFT = """
            title: Area pact
            parties:
              - {id: US, role: guarantor}
              - {id: TR, role: guarantor}
              - {id: UK, role: guarantor}
              - {id: DK, role: guarantor}
            commitments:
              - {id: assist, wording: Each party assists the party attacked.}
            """;

    private static final String DRL = """
            package casus.area;

            rule "art5"
                @clause("Art. 5")
                @text("An armed attack on a party in the treaty area is an attack on them all.")
            when
                $i : Incident(act == Act.ARMED_ATTACK, inArea("north-atlantic-treaty-area"))
                exists Party(victimOf($i))
                $p : Party(!victimOf($i))
            then
                activate("assist", $p);
            end
            """;

    @TempDir
    Path root;

    private Draft draft(String drl) {
        return Casus.load(Fixtures.draft(root.resolve("rules"), "pact", DRAFT, Map.of("art5.drl", drl)));
    }

    @Test
    void should_place_an_incident_in_the_treaty_area_by_country_region_zone_and_position() {
        // given
        Draft draft = draft(DRL);
        String area = "north-atlantic-treaty-area";

        // then
        assertThat(draft.areas()).containsKeys("north-atlantic-treaty-area", "eu-territory");
        assertThat(draft.inArea(Incident.builder("alaska").country("US").region("US-AK").build(), area)).isTrue();
        assertThat(draft.inArea(Incident.builder("hawaii").country("US").region("us-hi").build(), area)).isFalse();
        assertThat(draft.inArea(Incident.builder("canaries").country("ES").region("ES-CN").build(), area)).isTrue();
        assertThat(draft.inArea(Incident.builder("falklands").country("FK").latitude(-51.7).longitude(-57.9).build(), area)).isFalse();
        assertThat(draft.inArea(Incident.builder("eez").country("DK").zone(Zone.EEZ_OR_SEABED).build(), area)).isFalse();
        assertThat(draft.inArea(Incident.builder("eez-at-sea").country("DK").zone(Zone.EEZ_OR_SEABED)
                .latitude(55.5).longitude(15.4).build(), area)).isTrue();
        assertThat(draft.inArea(Incident.builder("over-the-med").zone(Zone.INTERNATIONAL_AIRSPACE)
                .latitude(35.9).longitude(35.5).build(), area)).isTrue();
        assertThat(draft.inArea(Incident.builder("over-syria").country("SY").zone(Zone.AIRSPACE)
                .latitude(35.9).longitude(35.9).build(), area)).isFalse();
        assertThat(draft.inArea(Incident.builder("black-sea").zone(Zone.HIGH_SEAS).latitude(43.5).longitude(34.0).build(), area)).isFalse();
        assertThat(draft.inArea(Incident.builder("guadeloupe").country("GP").build(), "eu-territory")).isTrue();
        assertThat(draft.inArea(Incident.builder("greenland").country("GL").build(), "eu-territory")).isFalse();
    }

    @Test
    void should_load_a_confined_clause_that_asks_inArea_and_try_the_edges_of_a_box() {
        // given
        Draft draft = draft(DRL);

        // when
        CaseAnalysis shot = draft.analyse(draft.newCase("jet").set("act", Act.ARMED_ATTACK).set("victim", "TR")
                .set("onForces", true).set("zone", Zone.INTERNATIONAL_AIRSPACE).between("latitude", 30, 42)
                .set("longitude", 35.5).build());

        // then
        assertThat(draft.confined()).isTrue();
        assertThat(shot.commitment("US/assist").orElseThrow().describe())
                .startsWith("undetermined: depends on latitude: 30, 30.003, 40.89591, 40.9 → active; 40.90409, 42 → inactive");
    }

    @Test
    void should_try_one_country_per_class_of_areas_for_an_unknown_country() {
        // given
        Draft draft = draft(DRL);

        // when
        CaseAnalysis anywhere = draft.analyse(draft.newCase("anywhere").set("act", Act.ARMED_ATTACK).set("victim", "US")
                .unknown("country").build());

        // then
        assertThat(anywhere.worlds()).hasSize(2);
        assertThat(anywhere.commitment("UK/assist").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void should_refuse_an_unknown_area_with_the_nearest_name() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> draft(DRL.replace("north-atlantic-treaty-area", "north-atlantic-treaty-aera")));

        // then
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("calls inArea(\"north-atlantic-treaty-aera\"), but there is no area 'north-atlantic-treaty-aera'")
                    .contains("did you mean 'north-atlantic-treaty-area'");
        });
    }

    @Test
    void should_read_a_project_area_and_refuse_bad_ones() {
        // given
        Fixtures.write(root.resolve("rules/vocabulary.yaml"), """
                areas:
                  baltic-approaches:
                    name: Baltic approaches
                    countries: [DK, SE]
                    bounds:
                      - {north-of: 54, south-of: 58, east-of: 9, west-of: 13, zones: [high-seas, eez-or-seabed]}
                """);
        Draft draft = draft(DRL.replace("north-atlantic-treaty-area", "baltic-approaches"));

        // then
        assertThat(draft.areas()).containsEntry("baltic-approaches", "Baltic approaches");
        assertThat(draft.inArea(Incident.builder("cable").zone(Zone.EEZ_OR_SEABED).latitude(55.0).longitude(11.0).build(),
                "baltic-approaches")).isTrue();

        // and when
        Fixtures.write(root.resolve("rules/vocabulary.yaml"), """
                areas:
                  eu-territory: {countries: [FR]}
                  bad-box:
                    bounds:
                      - {north-of: 60, south-of: 50, zones: [open-sea]}
                """);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> draft(DRL));

        // then
        assertThat(e.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "2: area 'eu-territory' is built into Casus (Territory of the European Union (TEU Art. 52, TFEU Art. 355)); give yours another name",
                "5: the box of area 'bad-box' is empty: north-of 60.0 lies north of south-of 50.0",
                "5: unknown zone 'open-sea'; the zones are land, territorial-sea, airspace, eez-or-seabed, high-seas, abroad, international-airspace");
    }
}
