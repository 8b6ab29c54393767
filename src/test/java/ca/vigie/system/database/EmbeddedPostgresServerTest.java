package ca.vigie.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.system.VigieProperties;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The embedded server keeps its data across restarts and recovers from a killed application. */
@Order(2)
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart_and_commits_are_synchronous() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, 0)) {
            execute(server, "create table kept (note text)", "insert into kept values ('before restart')");
            assertThat(query(server, "show synchronous_commit")).containsExactly("on");
            assertThat(query(server, "show fsync")).containsExactly("on");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, 0)) {
            assertThat(query(server, "select note from kept")).containsExactly("before restart");
        }
    }

    @Test
    void the_product_settings_ask_for_a_server_that_waits_for_the_disk() throws Exception {
        ResourcePropertySource product = new ResourcePropertySource(new ClassPathResource("application.properties"));
        Binder binder = new Binder(
                ConfigurationPropertySources.from(product),
                new PropertySourcesPlaceholdersResolver(List.of(product)),
                ApplicationConversionService.getSharedInstance());

        VigieProperties properties = binder.bind("vigie", VigieProperties.class).orElseThrow(AssertionError::new);

        assertThat(properties.db().embedded().durable()).isTrue();
    }

    @Test
    void after_a_kill_minus_nine_the_orphaned_postmaster_is_stopped_and_committed_data_is_there() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        String note = "acknowledged " + UUID.randomUUID();
        Process crashing = new ProcessBuilder(
                        javaExecutable(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingApplication.class.getName(),
                        cluster.toString(),
                        note)
                .redirectErrorStream(true)
                .start();
        awaitLine(crashing, "COMMITTED");
        crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(OrphanedPostmaster.find(cluster))
                .as("postmaster left running")
                .isPresent();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, 0)) {
            assertThat(query(server, "select note from drill")).containsExactly(note);
        }
    }

    private static void awaitLine(Process process, String expected) throws Exception {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
            if (line.contains(expected)) {
                return;
            }
        }
        throw new AssertionError("The crashing application never reported " + expected);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        }
    }

    private static List<String> query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
