package nl.duiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * docs/architecture.md must name every module the code has, and no module the code lacks; its arrows must be the
 * dependencies Spring Modulith finds between the modules, and every type its API column names must be public in
 * that module's root package.
 */
class ArchitectureDocTest {

    /** The open module every other one may use (language switch, CSV, periods); its arrows are not drawn. */
    private static final String PLATFORM = "platform";
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+)\\s*(?:--\\s*\"[^\"]*\"\\s*)?-->\\s*(.+)$");

    private static String doc() throws Exception {
        return Files.readString(Path.of("docs/architecture.md"));
    }

    private static String table(String doc) {
        return doc.substring(doc.indexOf("## Module map"), doc.indexOf("Dependencies"));
    }

    @Test
    void theModuleMapNamesEveryModule() throws Exception {
        String table = table(doc());
        long rows = table.lines().filter(l -> l.startsWith("| `")).count();
        ModularityTests.MODULES.stream().map(m -> m.getIdentifier().toString())
                .forEach(name -> assertThat(table).as("module %s in docs/architecture.md", name).contains("| `" + name + "` |"));
        assertThat(rows).isEqualTo(ModularityTests.MODULES.stream().count());
    }

    @Test
    void theArrowsAreTheDependenciesBetweenModules() throws Exception {
        String doc = doc();
        String graph = doc.substring(doc.indexOf("```mermaid", doc.indexOf("Dependencies")), doc.indexOf("```\n", doc.indexOf("```mermaid") + 10));
        Set<String> drawn = new TreeSet<>();
        for (String line : graph.lines().toList()) {
            Matcher m = ARROW.matcher(line);
            if (m.matches()) {
                for (String target : m.group(2).split("&")) {
                    drawn.add(m.group(1) + " --> " + target.strip());
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (ApplicationModule module : ModularityTests.MODULES) {
            module.getDirectDependencies(ModularityTests.MODULES).uniqueModules()
                    .map(target -> target.getIdentifier().toString())
                    .filter(target -> !target.equals(PLATFORM) && !target.equals(module.getIdentifier().toString()))
                    .forEach(target -> found.add(module.getIdentifier() + " --> " + target));
        }
        assertThat(drawn).as("arrows in docs/architecture.md against the code's module dependencies")
                .containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void theApiColumnNamesPublicTypesOfTheModule() throws Exception {
        for (String row : table(doc()).lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split("\\|");
            String name = cells[1].strip().replace("`", "");
            ApplicationModule module = ModularityTests.MODULES.getModuleByName(name).orElseThrow();
            Matcher type = Pattern.compile("`([A-Z]\\w*)`").matcher(cells[3]);
            while (type.find()) {
                String className = module.getBasePackage().getName() + "." + type.group(1);
                Class<?> api = Class.forName(className);
                assertThat(java.lang.reflect.Modifier.isPublic(api.getModifiers())).as("%s is public", className).isTrue();
            }
        }
    }
}
