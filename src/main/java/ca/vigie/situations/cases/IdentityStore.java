package ca.vigie.situations.cases;

import ca.vigie.system.FieldEncryption;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A situation's identifying details at rest: each field encrypted with a binding to its column and
 * situation. Reading them is for the services that audit the read or merge a correction.
 */
@Component
class IdentityStore {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    IdentityStore(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** The identifying details as recorded; read only where an audited read or a merge needs them. */
    Situation.Identity recorded(UUID id) {
        return jdbc.sql("select * from situation_identity where situation_id = ? and destroyed_at is null")
                .param(id)
                .query((rs, row) -> new Situation.Identity(
                        decrypt(rs.getBytes("full_name"), id, "full_name"),
                        decrypt(rs.getBytes("date_of_birth"), id, "date_of_birth"),
                        decrypt(rs.getBytes("address"), id, "address"),
                        decrypt(rs.getBytes("other_contact"), id, "other_contact")))
                .optional()
                .orElse(Situation.Identity.NONE);
    }

    /** The full names recorded for a situation, for the identifier check only. */
    List<String> fullNames(UUID id) {
        return jdbc.sql("select full_name from situation_identity where situation_id = ? and destroyed_at is null")
                .param(id)
                .query((rs, row) -> decrypt(rs.getBytes("full_name"), id, "full_name"))
                .list();
    }

    void save(UUID id, Situation.Identity identity) {
        if (identity.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into situation_identity
                            (situation_id, community_id, full_name, date_of_birth, address, other_contact)
                        select id, community_id, ?, ?, ?, ? from situation where id = ?
                        """)
                .params(
                        encrypt(identity.fullName(), id, "full_name"),
                        encrypt(identity.dateOfBirth(), id, "date_of_birth"),
                        encrypt(identity.address(), id, "address"),
                        encrypt(identity.otherContact(), id, "other_contact"),
                        id)
                .update();
    }

    private byte @Nullable [] encrypt(String value, UUID id, String column) {
        return value.isBlank() ? null : encryption.encrypt(value.strip(), EncryptionBindings.identity(column, id));
    }

    private String decrypt(byte @Nullable [] value, UUID id, String column) {
        return value == null ? "" : encryption.decrypt(value, EncryptionBindings.identity(column, id));
    }
}
