package dev.casus.draft;

import dev.casus.model.Incident;
import dev.casus.model.Problem;
import dev.casus.model.Zone;
import dev.casus.model.Described;
import dev.casus.yaml.MappingReader;
import dev.casus.yaml.Suggest;
import dev.casus.yaml.YamlNode;
import dev.casus.yaml.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named area of geography, such as the North Atlantic Treaty Art. 6 area: the territory of some
 * countries (less some of their subdivisions), some subdivisions, and boxes of latitude and longitude,
 * any of which counts. Clauses ask {@code Incident(inArea("north-atlantic-treaty-area"))}.
 *
 * @param countries the ISO 3166-1 codes whose territory is in the area
 * @param regions   ISO 3166-2 subdivisions in the area, matched against the incident's {@code region}
 * @param except    subdivisions of a listed country that are outside it
 * @param bounds    boxes of latitude and longitude
 */
public record Area(String id, String name, String source, Set<String> countries, Set<String> regions, Set<String> except,
                   List<Box> bounds) {

    /** The zones outside any State's territory, where a listed country does not put an incident in the area. */
    private static final Set<Zone> OFF_TERRITORY = Set.of(Zone.EEZ_OR_SEABED, Zone.HIGH_SEAS, Zone.INTERNATIONAL_AIRSPACE);
    private static final Set<String> KEYS = Set.of("name", "source", "countries", "regions", "except", "bounds");
    private static final Set<String> BOX = Set.of("north-of", "south-of", "east-of", "west-of", "zones", "note");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    /** The areas every project sees, shipped with Casus: rules/vocabulary.yaml may not redefine them (declared after what reading them needs). */
    public static final Map<String, Area> BUILT_IN = builtIn();

    public Area {
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        except = Set.copyOf(except);
        bounds = List.copyOf(bounds);
    }

    /**
     * A box of latitude and longitude in degrees (WGS84), both edges included; an edge left out is open.
     *
     * @param zones the zones it covers (e.g. only the sea and the air); empty for every zone
     */
    public record Box(Double northOf, Double southOf, Double eastOf, Double westOf, Set<Zone> zones) {

        public Box {
            zones = Set.copyOf(zones);
        }

        boolean contains(Incident i) {
            if (i.latitude() == null || i.longitude() == null) {
                return false;
            }
            double lat = i.latitude();
            double lon = i.longitude();
            return (northOf == null || lat >= northOf) && (southOf == null || lat <= southOf)
                    && (eastOf == null || lon >= eastOf) && (westOf == null || lon <= westOf)
                    && (zones.isEmpty() || zones.contains(i.zone()));
        }
    }

    /**
     * Whether the incident happened in the area: on the territory of a listed country (not in an excepted
     * region, nor in its exclusive economic zone, on the high seas or in international airspace), in a
     * listed region, or at a position inside a box.
     */
    public boolean contains(Incident i) {
        String region = i.region() == null ? null : i.region().strip().toUpperCase(Locale.ROOT);
        if (region != null && regions.contains(region)) {
            return true;
        }
        boolean excepted = region != null && except.contains(region);
        boolean onTerritory = i.zone() == null || !OFF_TERRITORY.contains(i.zone());
        if (!excepted && onTerritory && i.countries().stream().anyMatch(countries::contains)) {
            return true;
        }
        return bounds.stream().anyMatch(b -> b.contains(i));
    }

    /** The names of the areas among {@code areas} that the incident lies in, sorted. */
    public static List<String> containing(Incident i, Map<String, Area> areas) {
        List<String> in = new ArrayList<>();
        new TreeSet<>(areas.keySet()).forEach(name -> {
            if (areas.get(name).contains(i)) {
                in.add(name);
            }
        });
        return in;
    }

    /** Reads the {@code areas:} mapping of a vocabulary file; each problem is located. */
    static Map<String, Area> read(Path file, YamlNode node, boolean builtIn, List<Problem> problems) {
        Map<String, Area> areas = new LinkedHashMap<>();
        MappingReader all = MappingReader.of(file, node, problems, "areas");
        for (YamlNode.Entry entry : all.mapping().entries().values()) {
            String id = entry.key();
            if (!builtIn && BUILT_IN.containsKey(id)) {
                problems.add(new Problem(file, entry.line(), entry.column(), "area '" + id + "' is built into Casus ("
                        + BUILT_IN.get(id).name() + "); give yours another name"));
                continue;
            }
            if (!NAME.matcher(id).matches()) {
                problems.add(new Problem(file, entry.line(), entry.column(), "area '" + id
                        + "' must be written in lower case with hyphens, such as baltic-approaches"));
                continue;
            }
            int before = problems.size();
            MappingReader a = MappingReader.of(file, entry.value(), problems, "area '" + id + "'").allowOnly(KEYS);
            Set<String> countries = codes(a, "countries", COUNTRY, "an ISO 3166-1 country code such as DK", problems);
            Set<String> regions = codes(a, "regions", SUBDIVISION, "an ISO 3166-2 subdivision code such as ES-CN", problems);
            Set<String> except = codes(a, "except", SUBDIVISION, "an ISO 3166-2 subdivision code such as US-HI", problems);
            List<Box> boxes = new ArrayList<>();
            for (YamlNode b : a.list("bounds", false)) {
                Box box = box(file, b, id, problems);
                if (box != null) {
                    boxes.add(box);
                }
            }
            if (problems.size() == before && countries.isEmpty() && regions.isEmpty() && boxes.isEmpty()) {
                a.problem(a.mapping(), "area '" + id + "' covers nothing: give countries, regions or bounds");
            }
            if (problems.size() == before) {
                areas.put(id, new Area(id, a.text("name", false) == null ? id : a.text("name", false), a.text("source", false),
                        countries, regions, except, boxes));
            }
        }
        return areas;
    }

    private static Set<String> codes(MappingReader a, String key, Pattern form, String example, List<Problem> problems) {
        Set<String> codes = new TreeSet<>();
        for (YamlNode item : a.list(key, false)) {
            String code = item instanceof YamlNode.Scalar s ? s.text() : null;
            if (code == null || !form.matcher(code).matches()) {
                a.problem(item, "each entry of '" + key + "' is " + example + ", not "
                        + (code == null ? item.shape() : "'" + code + "'"));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Box box(Path file, YamlNode node, String id, List<Problem> problems) {
        MappingReader b = MappingReader.of(file, node, problems, "a box of area '" + id + "'").allowOnly(BOX);
        int before = problems.size();
        Double north = degrees(b, "north-of", 90, problems);
        Double south = degrees(b, "south-of", 90, problems);
        Double east = degrees(b, "east-of", 180, problems);
        Double west = degrees(b, "west-of", 180, problems);
        if (north != null && south != null && north > south) {
            b.problem(b.node("south-of"), "the box of area '" + id + "' is empty: north-of " + north + " lies north of south-of " + south);
        }
        if (east != null && west != null && east > west) {
            b.problem(b.node("west-of"), "the box of area '" + id + "' is empty: east-of " + east + " lies east of west-of " + west
                    + " (a box may not cross the 180th meridian: give two boxes)");
        }
        Set<Zone> zones = new java.util.HashSet<>();
        List<String> names = Arrays.stream(Zone.values()).map(Described::yamlName).toList();
        for (YamlNode z : b.list("zones", false)) {
            String name = z instanceof YamlNode.Scalar s ? s.text() : null;
            Zone zone = Arrays.stream(Zone.values()).filter(v -> v.yamlName().equals(name)).findFirst().orElse(null);
            if (zone == null) {
                b.problem(z, "unknown zone " + (name == null ? z.shape() : "'" + name + "'") + (name == null ? "" : Suggest.hint(name, names))
                        + "; the zones are " + String.join(", ", names));
            } else {
                zones.add(zone);
            }
        }
        if (problems.size() == before && north == null && south == null && east == null && west == null) {
            b.problem(b.mapping(), "a box of area '" + id + "' has no edge: give north-of, south-of, east-of or west-of");
        }
        return problems.size() > before ? null : new Box(north, south, east, west, zones);
    }

    private static Double degrees(MappingReader b, String key, double limit, List<Problem> problems) {
        YamlNode node = b.node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Scalar.Kind.INTEGER || s.kind() == YamlNode.Scalar.Kind.DECIMAL)) {
            double d = Double.parseDouble(s.text());
            if (Math.abs(d) <= limit) {
                return d;
            }
        }
        b.problem(node, "'" + key + "' is in degrees from " + (-(int) limit) + " to " + (int) limit
                + (key.endsWith("th-of") ? " (south negative)" : " (west negative)") + ", not "
                + (node instanceof YamlNode.Scalar s && s.text() != null ? "'" + s.text() + "'" : node.shape()));
        return null;
    }

    private static Map<String, Area> builtIn() {
        String resource = "dev/casus/draft/areas.yaml";
        try (InputStream in = Area.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Problem> problems = new ArrayList<>();
            YamlNode root = YamlReader.read(Path.of(resource), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Area> areas = read(Path.of(resource), MappingReader.of(Path.of(resource), root, problems, resource).node("areas"),
                    true, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in areas do not read: " + problems);
            }
            return Map.copyOf(areas);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
