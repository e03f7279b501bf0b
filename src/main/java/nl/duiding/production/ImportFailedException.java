package nl.duiding.production;

import java.util.List;

/**
 * A file that cannot be imported at all (wrong structure, missing columns, no secret): nothing is stored.
 * The messages are Dutch, for the user, and never contain a BSN.
 */
public class ImportFailedException extends RuntimeException {

    private final List<String> problems;

    public ImportFailedException(List<String> problems) {
        super(String.join("; ", problems.stream().map(Bsn::maskNineDigits).toList()));
        this.problems = problems.stream().map(Bsn::maskNineDigits).toList();
    }

    public List<String> problems() {
        return problems;
    }
}
