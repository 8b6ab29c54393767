package ca.vigie.complaints.files;

import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.Stage;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, on one node: a reminder to the staff of a file a few days before one of its
 * deadlines falls due, and word to the office lead once one is missed. Each notice is claimed before
 * it is sent, so it goes out once. The e-mails name the file's reference, the deadline and the day;
 * nothing of what the file says.
 */
@Component
public class DeadlineReminders {

    static final int DAYS_BEFORE = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileWalls walls;
    private final ComplaintOffices offices;
    private final OfficeMail mail;
    private final CommunityCalendar calendar;
    private final DailyRuns dailyRuns;
    private final LocalTime at;

    DeadlineReminders(
            JdbcClient jdbc,
            FileStore store,
            FileWalls walls,
            ComplaintOffices offices,
            OfficeMail mail,
            CommunityCalendar calendar,
            DailyRuns dailyRuns,
            @Value("${vigie.complaints.reminders-local-time:07:15}") String at) {
        this.jdbc = jdbc;
        this.store = store;
        this.walls = walls;
        this.offices = offices;
        this.mail = mail;
        this.calendar = calendar;
        this.dailyRuns = dailyRuns;
        this.at = LocalTime.parse(at);
    }

    @Scheduled(cron = "${vigie.jobs.tick:0 */15 * * * *}")
    @SchedulerLock(name = "complaint-deadline-reminders", lockAtMostFor = "PT30M")
    void daily() {
        dailyRuns.runDue(
                "complaint-deadline-reminders",
                at,
                (community, today) -> log.info("Complaint deadlines: {} notices sent", send(community, today)));
    }

    /**
     * Sends a community's reminders and escalations due on a day of its calendar; returns how many
     * were claimed.
     */
    @Transactional
    public int send(UUID communityId, LocalDate today) {
        int sent = 0;
        List<FileHeader> open = jdbc.sql(
                        "select id, community_id from complaint_file where community_id = ? and stage <> ?")
                .params(communityId, Stage.CLOSED.name())
                .query((rs, row) -> store.header(
                                rs.getObject("community_id", UUID.class), rs.getObject("id", UUID.class))
                        .orElseThrow())
                .list();
        for (FileHeader file : open) {
            for (Deadline deadline : Deadlines.of(store.history(file), today)) {
                if (!deadline.open()) {
                    continue;
                }
                if (deadline.state(today) == Deadline.State.DUE
                        && !today.isBefore(deadline.dueOn().minusDays(DAYS_BEFORE))) {
                    for (UUID staff : assigned(file, today)) {
                        sent += notify(
                                file,
                                deadline,
                                "REMINDER",
                                staff,
                                today,
                                "mail.complaint.deadline.subject",
                                "mail.complaint.deadline.body");
                    }
                }
                if (deadline.state(today) == Deadline.State.MISSED) {
                    for (UUID lead : leads(file)) {
                        sent += notify(
                                file,
                                deadline,
                                "ESCALATION",
                                lead,
                                today,
                                "mail.complaint.missed.subject",
                                "mail.complaint.missed.body");
                    }
                }
            }
        }
        return sent;
    }

    private int notify(
            FileHeader file,
            Deadline deadline,
            String notice,
            UUID person,
            LocalDate today,
            String subjectKey,
            String bodyKey) {
        int claimed = jdbc.sql("""
                        insert into complaint_deadline_notice (file_id, community_id, kind, due_on, notice, user_id, sent_on)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(
                        file.id(),
                        file.communityId(),
                        deadline.kind().name(),
                        Date.valueOf(deadline.dueOn()),
                        notice,
                        person,
                        Date.valueOf(today))
                .update();
        if (claimed == 1) {
            mail.tell(
                    file.communityId(),
                    person,
                    subjectKey,
                    bodyKey,
                    file.reference(),
                    new DefaultMessageSourceResolvable("complaints.deadline." + deadline.kind()),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(deadline.dueOn()));
        }
        return claimed;
    }

    /** Staff on the file today whom it does not keep out, other than the lead's own declaration row. */
    private List<UUID> assigned(FileHeader file, LocalDate today) {
        java.util.Set<UUID> out = walls.keptOut(file);
        return jdbc.sql("""
                        select distinct user_id from complaint_assignment
                        where file_id = ? and staff_role <> 'OFFICE_LEAD' and (access_until is null or access_until >= ?)
                        """).params(file.id(), Date.valueOf(today)).query(UUID.class).list().stream()
                .filter(id -> !out.contains(id))
                .toList();
    }

    private List<UUID> leads(FileHeader file) {
        ComplaintOffice office = offices.get(file.communityId(), file.officeId());
        return office.staff().stream()
                .filter(s -> s.role() == StaffRole.OFFICE_LEAD)
                .map(ComplaintOffice.Staff::userId)
                .filter(id -> !walls.keptOut(file).contains(id))
                .toList();
    }
}
