package nl.duiding.production;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The code lists an import checks against: productcategorie per law and eenheid from the iStandaarden 3.2
 * lists, municipality codes from CBS. Loaded once from the copies under resources/production/codes.
 */
@Component
class CodeLists {

    static final String EURO_UNIT = "83";

    private final Map<String, Map<String, String>> categories = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Set<String> municipalities = new HashSet<>();

    CodeLists() {
        read("/production/codes/istandaarden_3.2_codelijsten.csv", r -> {
            switch (r.get("codelijst")) {
                case "JZ020" -> categories.computeIfAbsent("JEUGDWET", k -> new HashMap<>()).put(r.get("code"), r.get("omschrijving"));
                case "WMO020" -> categories.computeIfAbsent("WMO", k -> new HashMap<>()).put(r.get("code"), r.get("omschrijving"));
                case "WJ756" -> units.put(r.get("code"), r.get("omschrijving"));
                default -> { }
            }
        });
        read("/production/codes/gemeenten_2026_cbs_jeugdregio.csv", r -> municipalities.add(r.get("gemeentecode_ist")));
    }

    boolean category(String law, String code) {
        return categories.getOrDefault(law, Map.of()).containsKey(code);
    }

    String categoryName(String law, String code) {
        return categories.getOrDefault(law, Map.of()).getOrDefault(code, code);
    }

    boolean unit(String code) {
        return units.containsKey(code);
    }

    String unitName(String code) {
        return units.getOrDefault(code, code);
    }

    boolean municipality(String code) {
        return municipalities.contains(code);
    }

    private static void read(String resource, Consumer<CSVRecord> each) {
        var stream = CodeLists.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
