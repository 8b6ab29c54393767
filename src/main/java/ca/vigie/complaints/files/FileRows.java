package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Stage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A file's header read from a row of complaint_file, for every query that lists or finds files. */
final class FileRows {

    private FileRows() {}

    static FileHeader header(ResultSet rs, int row) throws SQLException {
        Array types = rs.getArray("types");
        Set<ComplaintType> typeSet = EnumSet.noneOf(ComplaintType.class);
        Arrays.stream((String[]) types.getArray()).map(ComplaintType::valueOf).forEach(typeSet::add);
        String closure = rs.getString("closure_reason");
        return new FileHeader(
                rs.getObject("id", UUID.class),
                rs.getObject("community_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                Jurisdiction.valueOf(rs.getString("jurisdiction")),
                rs.getString("reference"),
                Channel.valueOf(rs.getString("channel")),
                ReporterMode.valueOf(rs.getString("reporter_mode")),
                typeSet,
                Stage.valueOf(rs.getString("stage")),
                rs.getDate("received_on").toLocalDate(),
                closure == null ? null : ClosureReason.valueOf(closure),
                rs.getBoolean("legal_hold"),
                rs.getObject("related_file_id", UUID.class),
                rs.getTimestamp("content_destroyed_at") == null
                        ? null
                        : rs.getTimestamp("content_destroyed_at").toInstant(),
                rs.getInt("version"));
    }
}
