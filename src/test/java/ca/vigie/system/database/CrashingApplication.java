package ca.vigie.system.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server, commits
 * one row, says so, and waits to be killed with SIGKILL like a crashed application.
 */
public final class CrashingApplication {

    private CrashingApplication() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            connection.createStatement().execute("create table if not exists drill (note text)");
            connection.createStatement().execute("insert into drill values ('" + args[1] + "')");
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
