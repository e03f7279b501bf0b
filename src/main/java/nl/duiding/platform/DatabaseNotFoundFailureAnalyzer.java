package nl.duiding.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database into one paragraph: what was tried and how to fix it. */
class DatabaseNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotFoundException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DatabaseNotFoundException cause) {
        String description = "Duiding needs PostgreSQL and found none. It tried, in order: "
                + String.join("; ", cause.tried()) + ".";
        String action = "Start PostgreSQL on localhost:5432 (for example `pg_ctlcluster 15 main start`, or "
                + "`sudo apt-get install postgresql`), or point Duiding at a server with DUIDING_DB_URL, "
                + "DUIDING_DB_USER and DUIDING_DB_PASSWORD, or start a Docker engine so docker-compose.yml can be used.";
        return new FailureAnalysis(description, action, cause);
    }
}
