package dev.casus.model;

/** The kind of act an incident is: the acts of UN GA Res. 3314 Art. 3 and the hybrid acts the guarantee debate worries about. */
public enum Act implements Described {
    INVASION("Invasion of a state's territory by armed forces (Res. 3314 Art. 3(a))"),
    ARMED_ATTACK("Attack by armed forces on a state's territory (Res. 3314 Art. 3(a))"),
    OCCUPATION("Military occupation, however temporary (Res. 3314 Art. 3(a))"),
    ANNEXATION("Annexation of territory by the use of force (Res. 3314 Art. 3(a))"),
    BOMBARDMENT("Bombardment, or use of any weapons, against a state's territory (Res. 3314 Art. 3(b))"),
    BLOCKADE("Blockade of ports or coasts by armed forces (Res. 3314 Art. 3(c))"),
    ATTACK_ON_FORCES("Attack on land, sea or air forces, or marine and air fleets (Res. 3314 Art. 3(d))"),
    MISUSE_OF_STATIONED_FORCES("Use of forces stationed abroad by agreement against its terms (Res. 3314 Art. 3(e))"),
    LENDING_TERRITORY("Allowing one's territory to be used by another state for aggression (Res. 3314 Art. 3(f))"),
    ARMED_BANDS("Sending armed bands, groups, irregulars or mercenaries (Res. 3314 Art. 3(g))"),
    MISSILE_STRIKE("Missile strike"),
    DRONE_STRIKE("Drone strike"),
    CYBERATTACK("Cyberattack"),
    SABOTAGE("Sabotage, e.g. of infrastructure or undersea cables"),
    AIRSPACE_INCURSION("Incursion into airspace by aircraft, drones or missiles"),
    VESSEL_SEIZURE("Seizure of a vessel at sea"),
    CEASEFIRE_VIOLATION("Violation of a ceasefire or its line of contact"),
    INSTRUMENTALISED_MIGRATION("Migrants pushed across a border by a state to put pressure on its neighbour (European Council conclusions, 24-25 June 2021)"),
    BALLOON_OVERFLIGHT("Overflight of a state's territory by a balloon, without its consent (Chicago Convention Arts. 1 and 8)"),
    CHEMICAL_ATTACK("Use of a chemical weapon, e.g. to poison a person (Chemical Weapons Convention Art. I)"),
    THREAT_OF_FORCE("Threat of force against a state's territorial integrity or political independence (UN Charter Art. 2(4))"),
    NUCLEAR_THREAT("Threat to use nuclear weapons (Budapest Memorandum para. 4; ICJ Advisory Opinion of 8 July 1996, para. 47)");

    private final String description;

    Act(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
