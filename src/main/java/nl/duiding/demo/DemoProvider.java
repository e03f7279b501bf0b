package nl.duiding.demo;

import java.util.List;

import nl.duiding.opgave.Law;

/**
 * A fictional provider with the pattern the generator gives its stories: the triad corner its tellers lean
 * to (0 own strength, 1 network, 2 care worker, -1 none).
 */
record DemoProvider(String name, String agbCode, List<Law> laws, int leaningCorner) {

    static final List<DemoProvider> ALL = List.of(
            new DemoProvider("Jeugdhulp De Linde (fictief)", "99000101", List.of(Law.JEUGDWET), 2),
            new DemoProvider("Gezinskracht Zuid (fictief)", "99000102", List.of(Law.JEUGDWET), 0),
            new DemoProvider("Kompas Jongerenwerk (fictief)", "99000103", List.of(Law.JEUGDWET), -1),
            new DemoProvider("Buurtkracht Wijkteams (fictief)", "99000104", List.of(Law.WMO, Law.JEUGDWET), 1),
            new DemoProvider("Thuishulp Merwede (fictief)", "99000105", List.of(Law.WMO), -1),
            new DemoProvider("Dagbesteding De Werkplaats (fictief)", "99000106", List.of(Law.WMO), 0),
            new DemoProvider("Zorgcentrum Het Hof (fictief)", "99000107", List.of(Law.WLZ), 2),
            new DemoProvider("Woonzorg Wielwijk (fictief)", "99000108", List.of(Law.WLZ), 1));
}
