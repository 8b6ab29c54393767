package ca.vigie.complaints.files;

import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    FileBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
