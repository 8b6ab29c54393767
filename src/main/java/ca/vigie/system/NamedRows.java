package ca.vigie.system;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates and renames the rows of the community's named objects, which every module that has some keeps
 * the same way: an id, the community, the two names, a version for concurrent edits and two dates. The
 * owning module checks who may act and writes its audit entry; this writes the row.
 */
@Component
public class NamedRows {

    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,60}");

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    NamedRows(JdbcClient jdbc, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public UUID create(String table, UUID communityId, BilingualName name) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(calendar.now());
        jdbc.sql("insert into " + checked(table)
                        + " (id, community_id, name_fr, name_en, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, communityId, name.fr(), name.en(), now, now)
                .update();
        return id;
    }

    /** Renames the row if it is still at the version the person saw; refuses a concurrent edit. */
    public void rename(String table, UUID communityId, UUID id, BilingualName name, int expectedVersion) {
        int changed = jdbc.sql("update " + checked(table)
                        + " set name_fr = ?, name_en = ?, version = version + 1, updated_at = ?"
                        + " where id = ? and community_id = ? and version = ?")
                .params(name.fr(), name.en(), Timestamp.from(calendar.now()), id, communityId, expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException(table);
        }
    }

    private static String checked(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name");
        }
        return table;
    }
}
