package ca.vigie.complaints.files;

import ca.vigie.system.BlindIndex;
import ca.vigie.system.FieldEncryption;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings files written before lists were read a page at a time up to date, once, at start and
 * before any request is served: the blind index tags of the accounts they name, and the date of
 * their soonest open deadline. Until tagged, a file naming someone could be listed to them.
 */
@Component
class FileListCatchUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FileListCatchUp.class);

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final BlindIndex index;
    private final FileStore store;

    FileListCatchUp(JdbcClient jdbc, FieldEncryption encryption, BlindIndex index, FileStore store) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.index = index;
        this.store = store;
    }

    private record Untagged(UUID fileId, int seq, byte[] userId) {}

    @Override
    public void afterSingletonsInstantiated() {
        List<Untagged> parties = jdbc.sql(
                        "select file_id, seq, user_id from complaint_party where user_id is not null and user_tag is null")
                .query((rs, row) ->
                        new Untagged(rs.getObject("file_id", UUID.class), rs.getInt("seq"), rs.getBytes("user_id")))
                .list();
        for (Untagged party : parties) {
            UUID user = UUID.fromString(encryption.decrypt(
                    party.userId(), "complaint_party.user_id:" + party.fileId() + ":" + party.seq()));
            jdbc.sql("update complaint_party set user_tag = ? where file_id = ? and seq = ?")
                    .params(index.tag(FileStore.PARTY_TAG, user), party.fileId(), party.seq())
                    .update();
        }
        List<Untagged> reporters = jdbc.sql(
                        "select file_id, user_id from complaint_reporter where user_id is not null and user_tag is null")
                .query((rs, row) -> new Untagged(rs.getObject("file_id", UUID.class), 0, rs.getBytes("user_id")))
                .list();
        for (Untagged reporter : reporters) {
            UUID user = UUID.fromString(
                    encryption.decrypt(reporter.userId(), "complaint_reporter.user_id:" + reporter.fileId()));
            jdbc.sql("update complaint_reporter set user_tag = ? where file_id = ?")
                    .params(index.tag(FileStore.REPORTER_TAG, user), reporter.fileId())
                    .update();
        }
        List<UUID> files = jdbc.sql("select id from complaint_file where not deadlines_known")
                .query(UUID.class)
                .list();
        files.forEach(store::refreshDeadlines);
        if (!parties.isEmpty() || !reporters.isEmpty() || !files.isEmpty()) {
            log.info(
                    "Complaint files caught up for lists: {} parties and {} reporters tagged, {} files' deadlines",
                    parties.size(),
                    reporters.size(),
                    files.size());
        }
    }
}
