package ca.vigie.system.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM is killed, the postmaster it started keeps running and holds the cluster directory,
 * so the next start fails. This finds a postmaster that runs on our directory and stops it
 * (PostgreSQL's own crash recovery then makes the cluster consistent).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path clusterDirectory, Duration patience) throws IOException {
        Optional<ProcessHandle> postmaster = find(clusterDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping an orphaned PostgreSQL server (pid {}) left by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            log.warn("The orphaned PostgreSQL server did not stop in time; killing it");
            process.destroyForcibly();
            awaitExit(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an orphaned PostgreSQL server", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not stop an orphaned PostgreSQL server", e);
        }
    }

    static Optional<ProcessHandle> find(Path clusterDirectory) throws IOException {
        Path pidFile = clusterDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
        Path recordedDirectory = Path.of(lines.get(1).trim());
        if (!sameDirectory(recordedDirectory, clusterDirectory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
    }

    private static boolean sameDirectory(Path recorded, Path ours) throws IOException {
        return Files.exists(recorded) && Files.isSameFile(recorded, ours);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
    }

    private static void awaitExit(ProcessHandle process) throws IOException {
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Could not stop an orphaned PostgreSQL server", e);
        }
    }
}
