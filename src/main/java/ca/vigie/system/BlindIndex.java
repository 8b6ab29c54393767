package ca.vigie.system;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.function.SingletonSupplier;

/**
 * Tags for encrypted identifiers, so that SQL can ask "does this file name one of these accounts?"
 * without the database knowing whose accounts they are. A tag is a keyed hash (HMAC-SHA256) of the
 * value and of what it is (a party, a reporter), so equal values in one column match and nothing
 * else does. The key is generated on first use and kept in the database encrypted with the field
 * encryption keyset, which lives outside it: a copy of the database alone cannot recompute a tag.
 */
public class BlindIndex {

    private static final String KEY_NAME = "blind-index";
    private static final byte[] KEY_CONTEXT = "vigie:system_index_key".getBytes(StandardCharsets.UTF_8);
    private static final int TAG_BYTES = 32;

    private final SingletonSupplier<PrfSet> prf;

    public BlindIndex(JdbcClient jdbc, Aead keysetEncryption) {
        this.prf = SingletonSupplier.of(() -> load(jdbc, keysetEncryption));
    }

    /** The tag of an account's identifier where it is stored as {@code what} (a table and column). */
    public byte[] tag(String what, UUID value) {
        try {
            return prf.obtain().computePrimary((what + ":" + value).getBytes(StandardCharsets.UTF_8), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index tag failed", e);
        }
    }

    /** Reads the key, creating it first if no node has yet; two nodes racing keep the first one stored. */
    private static PrfSet load(JdbcClient jdbc, Aead keysetEncryption) {
        try {
            PrfConfig.register();
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            jdbc.sql("insert into system_index_key (name, keyset, created_at) values (?, ?, ?) on conflict do nothing")
                    .params(
                            KEY_NAME,
                            TinkProtoKeysetFormat.serializeEncryptedKeyset(generated, keysetEncryption, KEY_CONTEXT),
                            Timestamp.from(Instant.now()))
                    .update();
            byte[] stored = jdbc.sql("select keyset from system_index_key where name = ?")
                    .param(KEY_NAME)
                    .query(byte[].class)
                    .single();
            return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, keysetEncryption, KEY_CONTEXT)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The blind index key could not be read with this keyset", e);
        }
    }
}
