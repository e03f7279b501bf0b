package nl.duiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/** docs/architecture.md must name every module the code has, and no module the code lacks. */
class ArchitectureDocTest {

    @Test
    void theModuleMapNamesEveryModule() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        String table = doc.substring(doc.indexOf("## Module map"), doc.indexOf("Dependencies"));
        long rows = table.lines().filter(l -> l.startsWith("| `")).count();
        ModularityTests.MODULES.stream().map(m -> m.getIdentifier().toString())
                .forEach(name -> assertThat(table).as("module %s in docs/architecture.md", name).contains("| `" + name + "` |"));
        assertThat(rows).isEqualTo(ModularityTests.MODULES.stream().count());
    }
}
