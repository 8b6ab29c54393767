package ca.vigie.system.encryption;

import ca.vigie.system.BlindIndex;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.VigieProperties;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the AEAD keyset from a file outside the database. In demo mode a keyset is generated on
 * first start under the data directory; otherwise the file must be given. The blind index's key is
 * encrypted with it.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

    @Bean
    Aead fieldAead(VigieProperties properties) throws GeneralSecurityException, IOException {
        AeadConfig.register();
        return loadKeyset(properties).getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    @Bean
    FieldEncryption fieldEncryption(Aead fieldAead) {
        return new FieldEncryption(fieldAead);
    }

    @Bean
    BlindIndex blindIndex(JdbcClient jdbc, Aead fieldAead) {
        return new BlindIndex(jdbc, fieldAead);
    }

    private static KeysetHandle loadKeyset(VigieProperties properties) throws GeneralSecurityException, IOException {
        String configured = properties.encryption().keysetFile();
        if (!configured.isBlank()) {
            return read(Path.of(configured));
        }
        if (!properties.demoMode()) {
            throw new IllegalStateException(
                    "No encryption keyset: set VIGIE_ENCRYPTION_KEYSET_FILE (see README, Configuration)");
        }
        Path generated = properties.dataDir().resolve("keys").resolve("demo-keyset.json");
        if (Files.exists(generated)) {
            return read(generated);
        }
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Files.createDirectories(generated.getParent());
        Files.writeString(
                generated,
                TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
                StandardCharsets.UTF_8);
        restrictToOwner(generated);
        log.info("Generated a demo encryption keyset in the data directory");
        return keyset;
    }

    private static KeysetHandle read(Path file) throws GeneralSecurityException, IOException {
        return TinkJsonProtoKeysetFormat.parseKeyset(
                Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not restrict the keyset file to its owner on this file system");
        }
    }
}
