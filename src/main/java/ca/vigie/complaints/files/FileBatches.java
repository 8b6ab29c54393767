package ca.vigie.complaints.files;

import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.system.FieldEncryption;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a list of files needs to know of each, read for all of them at once: a list costs a few
 * queries, not a few per file.
 */
@Component
class FileBatches {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    FileBatches(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** The accounts of the people each file names (identifiers are encrypted, so read and opened here). */
    Map<UUID, Set<UUID>> partyUsers(Collection<UUID> fileIds) {
        Map<UUID, Set<UUID>> users = new HashMap<>();
        if (fileIds.isEmpty()) {
            return users;
        }
        jdbc.sql("select file_id, seq, user_id from complaint_party where file_id in (:ids) and user_id is not null")
                .param("ids", fileIds)
                .query(rs -> {
                    UUID file = rs.getObject("file_id", UUID.class);
                    String user = encryption.decrypt(
                            rs.getBytes("user_id"), "complaint_party.user_id:" + file + ":" + rs.getInt("seq"));
                    users.computeIfAbsent(file, f -> new HashSet<>()).add(UUID.fromString(user));
                });
        return users;
    }

    /** The account of the person who filed each file, where they filed it signed in. */
    Map<UUID, UUID> reporterUsers(Collection<UUID> fileIds) {
        Map<UUID, UUID> users = new HashMap<>();
        if (fileIds.isEmpty()) {
            return users;
        }
        jdbc.sql("select file_id, user_id from complaint_reporter where file_id in (:ids) and user_id is not null")
                .param("ids", fileIds)
                .query(rs -> {
                    UUID file = rs.getObject("file_id", UUID.class);
                    users.put(
                            file,
                            UUID.fromString(
                                    encryption.decrypt(rs.getBytes("user_id"), "complaint_reporter.user_id:" + file)));
                });
        return users;
    }

    /** The files among these that a person was kept out of by the office lead or a conflict of interest. */
    Set<UUID> deniedTo(UUID userId, Collection<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select file_id from complaint_denied where user_id = :user and file_id in (:ids)")
                .param("user", userId)
                .param("ids", fileIds)
                .query(UUID.class)
                .list());
    }

    /** A person's assignments on these files: roles still in force, and whether they declared. */
    record Assignment(UUID fileId, String staffRole, boolean inForce, boolean declared) {}

    List<Assignment> assignments(UUID userId, Collection<UUID> fileIds, LocalDate today) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select file_id, staff_role, (access_until is null or access_until >= :today) as in_force,
                               declared_at is not null as declared
                        from complaint_assignment where user_id = :user and file_id in (:ids)
                        """)
                .param("today", Date.valueOf(today))
                .param("user", userId)
                .param("ids", fileIds)
                .query((rs, row) -> new Assignment(
                        rs.getObject("file_id", UUID.class),
                        rs.getString("staff_role"),
                        rs.getBoolean("in_force"),
                        rs.getBoolean("declared")))
                .list();
    }

    /** The stages and steps of each file, from which its deadlines follow. */
    Map<UUID, FileHistory> histories(Collection<FileHeader> files) {
        Map<UUID, List<FileHistory.Entered>> stages = new HashMap<>();
        Map<UUID, List<FileHistory.Done>> steps = new HashMap<>();
        List<UUID> ids = files.stream().map(FileHeader::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select file_id, stage, entered_on from complaint_file_stage where file_id in (:ids)"
                            + " order by file_id, seq")
                    .param("ids", ids)
                    .query(rs -> {
                        stages.computeIfAbsent(rs.getObject("file_id", UUID.class), f -> new ArrayList<>())
                                .add(new FileHistory.Entered(
                                        Stage.valueOf(rs.getString("stage")),
                                        rs.getDate("entered_on").toLocalDate()));
                    });
            jdbc.sql("select file_id, kind, done_on from complaint_file_step where file_id in (:ids)"
                            + " order by file_id, done_on")
                    .param("ids", ids)
                    .query(rs -> {
                        steps.computeIfAbsent(rs.getObject("file_id", UUID.class), f -> new ArrayList<>())
                                .add(new FileHistory.Done(
                                        StepKind.valueOf(rs.getString("kind")),
                                        rs.getDate("done_on").toLocalDate()));
                    });
        }
        Map<UUID, FileHistory> histories = new HashMap<>();
        for (FileHeader file : files) {
            histories.put(
                    file.id(),
                    new FileHistory(
                            file.jurisdiction(),
                            file.receivedOn(),
                            stages.getOrDefault(file.id(), List.of()),
                            steps.getOrDefault(file.id(), List.of())));
        }
        return histories;
    }
}
