package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/** Reads declared lines from one file, streaming: memory does not grow with the file. */
interface DeclarationReader {

    /** Hands every line to the sink in file order; a file it cannot read at all raises {@link ImportFailedException}. */
    void read(InputStream in, Consumer<RawLine> sink) throws IOException;

    /** Whether numbers in this file use a decimal comma; known after the first bytes were read. */
    boolean decimalComma();

    /** What the file says about itself that does not match its lines (Dutch), known once it was read. */
    default List<ImportSummary.Warning> warnings() {
        return List.of();
    }
}
