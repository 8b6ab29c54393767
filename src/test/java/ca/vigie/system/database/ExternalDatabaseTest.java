package ca.vigie.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.VigieApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With VIGIE_DB_URL set, Vigie uses that server and starts no embedded one. The "external" server
 * here is a PostgreSQL started beside the application, as an operator's server would be.
 */
@Order(2)
class ExternalDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void runs_on_the_configured_server_and_starts_no_embedded_one() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("external-server"))
                        .setCleanDataDirectory(true)
                        .start();
                ConfigurableApplicationContext vigie = new SpringApplicationBuilder(VigieApplication.class)
                        .run(
                                "--server.port=0",
                                "--vigie.data-dir=" + dataDir.resolve("vigie"),
                                "--vigie.db.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--vigie.db.user=postgres",
                                "--vigie.db.password=unused",
                                "--vigie.demo.enabled=true")) {

            JdbcClient onExternal = JdbcClient.create(external.getPostgresDatabase());
            assertThat(onExternal
                            .sql("select count(*) from flyway_schema_history where success")
                            .query(Integer.class)
                            .single())
                    .isGreaterThanOrEqualTo(3);
            assertThat(onExternal
                            .sql("select count(*) from community")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(vigie.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(Files.exists(dataDir.resolve("vigie").resolve("postgres")))
                    .isFalse();
        }
    }
}
