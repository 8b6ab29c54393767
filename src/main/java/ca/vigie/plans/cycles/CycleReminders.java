package ca.vigie.plans.cycles;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder e-mails for updates still owed: a few days before the due date, then weekly once late,
 * and on demand when a coordinator nudges someone. Each reminder is recorded before it is sent, so
 * that one node sends it once. Mails say what is due and link to "My updates"; they carry no content.
 */
@Component
public class CycleReminders {

    static final int DAYS_BEFORE = 3;
    static final int DAYS_BETWEEN_LATE_REMINDERS = 7;
    private static final Logger log = LoggerFactory.getLogger(CycleReminders.class);

    private final ReportingCycles cycles;
    private final Plans plans;
    private final OrganizationDirectory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;
    private final DailyRuns daily;
    private final LocalTime at;
    private final String from;

    CycleReminders(
            ReportingCycles cycles,
            Plans plans,
            OrganizationDirectory directory,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            JdbcClient jdbc,
            CommunityCalendar calendar,
            DailyRuns daily,
            @Value("${vigie.reminders.local-time:07:00}") String at,
            @Value("${vigie.mail.from:vigie@localhost}") String from) {
        this.daily = daily;
        this.at = LocalTime.parse(at);
        this.from = from;
        this.cycles = cycles;
        this.plans = plans;
        this.directory = directory;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    enum Kind {
        BEFORE,
        LATE,
        NUDGE
    }

    @Scheduled(cron = "${vigie.jobs.tick:0 */15 * * * *}")
    @SchedulerLock(name = "plan-reminders")
    void daily() {
        daily.runDue("plan-reminders", at, this::send);
    }

    /** Sends a community's reminders due on its calendar day; returns how many went out. */
    @Transactional
    public int send(UUID communityId, LocalDate today) {
        int sent = 0;
        Map<List<Object>, List<ReportingCycles.Owed>> byPersonAndCycle = cycles.missing(communityId).stream()
                .collect(Collectors.groupingBy(owed -> List.of(owed.cycleId(), owed.responsibleId())));
        for (List<ReportingCycles.Owed> owed : byPersonAndCycle.values()) {
            ReportingCycles.Owed first = owed.get(0);
            Optional<Kind> kind = kindFor(first, today);
            if (kind.isPresent() && claim(first.cycleId(), first.responsibleId(), kind.get(), today)) {
                sent += mail(first, owed.size(), kind.get()) ? 1 : 0;
            }
        }
        return sent;
    }

    /** A coordinator's nudge to one person who owes updates in a cycle; at most once a day. */
    @Transactional
    public boolean nudge(VigiePrincipal coordinator, UUID planId, UUID cycleId, UUID personId) {
        PlanAccess access = plans.access(coordinator, planId);
        if (!access.canManage()) {
            throw new AccessDeniedException("Only a coordinator nudges");
        }
        List<ReportingCycles.Owed> owed = cycles.owedIn(access, cycleId).stream()
                .filter(o -> o.responsibleId().equals(personId) && o.submittedAt() == null)
                .toList();
        if (owed.isEmpty() || !claim(cycleId, personId, Kind.NUDGE, calendar.today(coordinator.communityId()))) {
            return false;
        }
        return mail(owed.get(0), owed.size(), Kind.NUDGE);
    }

    private Optional<Kind> kindFor(ReportingCycles.Owed owed, LocalDate today) {
        if (!today.isAfter(owed.dueDate())) {
            if (today.isBefore(owed.dueDate().minusDays(DAYS_BEFORE))) {
                return Optional.empty();
            }
            boolean alreadyReminded = jdbc.sql("""
                                    select count(*) from cycle_reminder where cycle_id = ? and user_id = ? and kind = 'BEFORE'
                                    """)
                            .params(owed.cycleId(), owed.responsibleId())
                            .query(Integer.class)
                            .single()
                    > 0;
            return alreadyReminded ? Optional.empty() : Optional.of(Kind.BEFORE);
        }
        boolean recentlyReminded = jdbc.sql("""
                                select count(*) from cycle_reminder where cycle_id = ? and user_id = ? and kind = 'LATE'
                                  and sent_on > ?
                                """)
                        .params(
                                owed.cycleId(),
                                owed.responsibleId(),
                                Date.valueOf(today.minusDays(DAYS_BETWEEN_LATE_REMINDERS)))
                        .query(Integer.class)
                        .single()
                > 0;
        return recentlyReminded ? Optional.empty() : Optional.of(Kind.LATE);
    }

    private boolean claim(UUID cycleId, UUID personId, Kind kind, LocalDate today) {
        return jdbc.sql("""
                                insert into cycle_reminder (cycle_id, community_id, user_id, kind, sent_on)
                                select id, community_id, ?, ?, ? from reporting_cycle where id = ?
                                on conflict do nothing
                                """)
                        .params(personId, kind.name(), Date.valueOf(today), cycleId)
                        .update()
                == 1;
    }

    private boolean mail(ReportingCycles.Owed owed, int items, Kind kind) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Reminder not sent: no mail server is configured");
            return false;
        }
        var person = directory.people(communityOf(owed), List.of(owed.responsibleId())).stream()
                .findFirst();
        if (person.isEmpty() || person.get().email().isBlank() || !person.get().enabled()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(person.get().preferredLanguage());
        String plan = "en".equals(locale.getLanguage()) && !owed.planEn().isBlank() ? owed.planEn() : owed.planFr();
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(owed.dueDate());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(person.get().email());
        message.setFrom(from);
        message.setSubject(messages.getMessage("mail.reminder.subject." + kind, new Object[] {plan}, locale));
        message.setText(messages.getMessage("mail.reminder.body." + kind, new Object[] {plan, items, due}, locale));
        try {
            sender.send(message);
            return true;
        } catch (MailException failed) {
            log.warn("Reminder could not be sent: {}", failed.getClass().getSimpleName());
            return false;
        }
    }

    private UUID communityOf(ReportingCycles.Owed owed) {
        return jdbc.sql("select community_id from reporting_cycle where id = ?")
                .param(owed.cycleId())
                .query(UUID.class)
                .single();
    }
}
