package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reports to whom in the community, one manager a person, never in a circle. The administrator
 * sets a line on a person's page or imports a whole table: an import is checked row by row and saves
 * nothing until every row is right.
 */
@Service
public class ReportingLines {

    static final int MAX_ROWS = 5000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    ReportingLines(JdbcClient jdbc, AuditTrail audit, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A row refused by an import: its line in the file, the column, and the message to show. */
    public record RowProblem(long line, String column, String messageKey, String value) {}

    /** What an import found: the problems, or, when there are none, how many lines it saved. */
    public record Imported(int saved, List<RowProblem> problems) {}

    @Transactional(readOnly = true)
    public Optional<UUID> managerOf(UUID communityId, UUID userId) {
        return jdbc.sql("select manager_id from reporting_line where community_id = ? and user_id = ?")
                .params(communityId, userId)
                .query(UUID.class)
                .optional();
    }

    /** Sets, or with no manager clears, whom a person of the community reports to. */
    @Transactional
    public void setManager(VigiePrincipal admin, UUID userId, @Nullable UUID managerId) {
        requireAdmin(admin);
        Map<UUID, UUID> lines = lines(admin.communityId());
        Set<UUID> people = people(admin.communityId()).keySet();
        if (!people.contains(userId)) {
            throw new NotFoundException("User");
        }
        if (managerId != null) {
            if (!people.contains(managerId)) {
                throw new RejectedValueException("managerId", "validation.invalidChoice");
            }
            lines.put(userId, managerId);
            if (circular(lines, userId)) {
                throw new RejectedValueException("managerId", "reporting.circular");
            }
        }
        write(admin, userId, managerId);
    }

    /**
     * Imports a table of reporting lines (a person's username, then their manager's; an empty manager
     * clears the line), with its header in French or English. Nothing is saved unless every row is right.
     */
    @Transactional
    public Imported importCsv(VigiePrincipal admin, byte[] file) {
        requireAdmin(admin);
        Map<String, UUID> byUsername = new HashMap<>();
        people(admin.communityId()).forEach((id, username) -> byUsername.put(username.toLowerCase(Locale.ROOT), id));
        List<RowProblem> problems = new ArrayList<>();
        Map<UUID, UUID> lines = lines(admin.communityId());
        Map<UUID, @Nullable UUID> changes = new HashMap<>();
        Map<UUID, Long> lineOf = new HashMap<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(plain(name), index));
            Integer person = column(header, "username", "nom_utilisateur");
            Integer manager = column(header, "reports_to", "releve_de");
            if (person == null || manager == null) {
                return new Imported(0, List.of(new RowProblem(1, "", "reporting.import.header", "")));
            }
            records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                return new Imported(0, List.of(new RowProblem(1, "", "reporting.import.tooLong", "")));
            }
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                String username = cell(record, person);
                String managerName = cell(record, manager);
                if (username.isEmpty() && managerName.isEmpty()) {
                    continue;
                }
                UUID user = byUsername.get(username.toLowerCase(Locale.ROOT));
                if (user == null) {
                    problems.add(new RowProblem(line, "username", "reporting.import.unknownPerson", username));
                    continue;
                }
                if (lineOf.containsKey(user)) {
                    problems.add(new RowProblem(line, "username", "reporting.import.twice", username));
                    continue;
                }
                lineOf.put(user, line);
                UUID boss = managerName.isEmpty() ? null : byUsername.get(managerName.toLowerCase(Locale.ROOT));
                if (!managerName.isEmpty() && boss == null) {
                    problems.add(new RowProblem(line, "reports_to", "reporting.import.unknownPerson", managerName));
                    continue;
                }
                if (user.equals(boss)) {
                    problems.add(new RowProblem(line, "reports_to", "reporting.circular", managerName));
                    continue;
                }
                changes.put(user, boss);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            return new Imported(0, List.of(new RowProblem(1, "", "reporting.import.unreadable", "")));
        }
        changes.forEach((user, boss) -> {
            if (boss == null) {
                lines.remove(user);
            } else {
                lines.put(user, boss);
            }
        });
        for (UUID user : changes.keySet()) {
            if (lines.containsKey(user) && circular(lines, user)) {
                problems.add(new RowProblem(lineOf.get(user), "reports_to", "reporting.circular", ""));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
            return new Imported(0, problems);
        }
        changes.forEach((user, boss) -> write(admin, user, boss));
        return new Imported(changes.size(), List.of());
    }

    private void write(VigiePrincipal admin, UUID userId, @Nullable UUID managerId) {
        if (managerId == null) {
            jdbc.sql("delete from reporting_line where community_id = ? and user_id = ?")
                    .params(admin.communityId(), userId)
                    .update();
        } else {
            jdbc.sql("""
                            insert into reporting_line (user_id, community_id, manager_id, set_at, set_by)
                            values (?, ?, ?, ?, ?)
                            on conflict (user_id) do update set manager_id = excluded.manager_id,
                                set_at = excluded.set_at, set_by = excluded.set_by
                            """)
                    .params(userId, admin.communityId(), managerId, Timestamp.from(calendar.now()), admin.userId())
                    .update();
        }
        audit.record(AuditEntry.by(admin, "REPORTING_LINE_SET", "user_account", userId));
    }

    /** Whether following the managers from a person comes back to them. */
    private static boolean circular(Map<UUID, UUID> lines, UUID start) {
        Set<UUID> seen = new HashSet<>();
        UUID current = lines.get(start);
        while (current != null) {
            if (current.equals(start) || !seen.add(current)) {
                return true;
            }
            current = lines.get(current);
        }
        return false;
    }

    private Map<UUID, UUID> lines(UUID communityId) {
        Map<UUID, UUID> lines = new HashMap<>();
        jdbc.sql("select user_id, manager_id from reporting_line where community_id = ?")
                .param(communityId)
                .query(rs -> {
                    lines.put(rs.getObject("user_id", UUID.class), rs.getObject("manager_id", UUID.class));
                });
        return lines;
    }

    private Map<UUID, String> people(UUID communityId) {
        Map<UUID, String> people = new HashMap<>();
        jdbc.sql("select id, username from user_account where community_id = ?")
                .param(communityId)
                .query(rs -> {
                    people.put(rs.getObject("id", UUID.class), rs.getString("username"));
                });
        return people;
    }

    private static @Nullable Integer column(Map<String, Integer> header, String english, String french) {
        Integer index = header.get(english);
        return index != null ? index : header.get(french);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    /** A header as typed in either language: lower case, without accents, spaces as underscores. */
    private static String plain(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’-]+", "_");
    }

    private static void requireAdmin(VigiePrincipal admin) {
        if (!admin.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only community administrators set reporting lines");
        }
    }
}
