package ca.vigie.complaints.files;

import ca.vigie.complaints.process.Deadline;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.system.CommunityCalendar;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the office's staff on the files they may reach, as counts that name no file and no
 * one: deadlines in the next seven days and those missed, files whose reporter wrote last,
 * declarations of no conflict owed, and the informal services they gave of late.
 */
@Component
class ComplaintsWaiting implements WaitingWork {

    static final int SOON_DAYS = 7;
    static final int RECENT_SERVICE_DAYS = 30;

    private final FileLists lists;
    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    ComplaintsWaiting(FileLists lists, JdbcClient jdbc, CommunityCalendar calendar) {
        this.lists = lists;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(VigiePrincipal who) {
        List<Waiting> waiting = new ArrayList<>();
        if (!(who.has(Role.OFFICE_INTAKE) || who.has(Role.INVESTIGATOR))) {
            return waiting;
        }
        LocalDate today = calendar.today(who.communityId());
        List<FileLists.Line> lines = lists.reachableBy(who);
        long missed = 0;
        long soon = 0;
        long declarations = 0;
        List<UUID> open = new ArrayList<>();
        for (FileLists.Line line : lines) {
            for (Deadline deadline : line.owed()) {
                if (deadline.dueOn().isBefore(today)) {
                    missed++;
                } else if (!deadline.dueOn().isAfter(today.plusDays(SOON_DAYS))) {
                    soon++;
                }
            }
            if (line.standing() == Standing.DECLARATION_OWED) {
                declarations++;
            } else if (line.standing() == Standing.OPEN) {
                open.add(line.file().id());
            }
        }
        add(waiting, "home.complaints.missed", missed, true);
        add(waiting, "home.complaints.dueSoon", soon, false);
        add(waiting, "home.complaints.declarations", declarations, true);
        if (!open.isEmpty()) {
            long answers = jdbc.sql("""
                            select count(*) from complaint_file f
                            where f.id = any(?) and (select m.from_office from complaint_message m
                                                     where m.file_id = f.id order by m.sent_at desc limit 1) = false
                            """)
                    .param(open.toArray(UUID[]::new))
                    .query(Long.class)
                    .single();
            add(waiting, "home.complaints.messages", answers, true);
        }
        long services = jdbc.sql("""
                        select count(*) from complaint_informal_service
                        where community_id = ? and provided_by = ? and provided_on >= ?
                        """)
                .params(who.communityId(), who.userId(), Date.valueOf(today.minusDays(RECENT_SERVICE_DAYS)))
                .query(Long.class)
                .single();
        if (services > 0) {
            waiting.add(Waiting.of(
                    Role.Area.COMPLAINTS, "home.complaints.services", services, "/complaint-services", false));
        }
        return waiting;
    }

    private static void add(List<Waiting> waiting, String key, long count, boolean urgent) {
        if (count > 0) {
            waiting.add(Waiting.of(Role.Area.COMPLAINTS, key, count, "/complaint-files", urgent));
        }
    }
}
