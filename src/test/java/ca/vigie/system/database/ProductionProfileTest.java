package ca.vigie.system.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.VigieApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start on the embedded database or without a keyset. */
class ProductionProfileTest {

    @TempDir
    Path dataDir;

    @Test
    void refuses_to_start_without_an_external_database() {
        assertThatThrownBy(() -> start("--vigie.db.url=", "--vigie.encryption.keyset-file=/some/keyset.json"))
                .hasStackTraceContaining("needs an external PostgreSQL");
    }

    @Test
    void refuses_to_start_without_an_encryption_keyset() {
        assertThatThrownBy(() -> start("--vigie.db.url=jdbc:postgresql://localhost:1/none"))
                .hasStackTraceContaining("needs an encryption keyset");
    }

    private void start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--vigie.data-dir=" + dataDir;
        System.arraycopy(args, 0, all, 2, args.length);
        new SpringApplicationBuilder(VigieApplication.class)
                .profiles("prod")
                .run(all)
                .close();
    }
}
