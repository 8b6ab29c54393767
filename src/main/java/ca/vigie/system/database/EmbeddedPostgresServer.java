package ca.vigie.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Vigie starts for itself when no external database is configured. Its
 * cluster lives in a persistent directory: an existing cluster is reused, a new one is created on
 * first start.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path clusterDirectory, int port) {
        return start(clusterDirectory, port, true);
    }

    /**
     * A server that does not wait for the disk loses recent commits in a crash of the machine: only
     * a throwaway database may be started so.
     */
    static EmbeddedPostgresServer start(Path clusterDirectory, int port, boolean durable) {
        String waitForDisk = durable ? "on" : "off";
        try {
            Files.createDirectories(clusterDirectory);
            OrphanedPostmaster.stopIfRunning(clusterDirectory, Duration.ofSeconds(30));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDirectory)
                    .setCleanDataDirectory(false)
                    // The application stops the server after its connection pool has closed.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Acknowledged writes must survive a crash: restore PostgreSQL's durable defaults.
                    .setServerConfig("synchronous_commit", waitForDisk)
                    .setServerConfig("fsync", waitForDisk)
                    .setServerConfig("full_page_writes", waitForDisk)
                    .setServerConfig("max_connections", "50");
            if (port > 0) {
                builder.setPort(port);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL ready on port {} in {} ms",
                    postgres.getPort(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }
}
