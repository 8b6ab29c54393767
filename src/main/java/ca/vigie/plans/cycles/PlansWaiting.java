package ca.vigie.plans.cycles;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a person in the plans, plan by plan: the progress updates they owe in open cycles,
 * late ones first, and the items they are responsible for that are at risk or blocked. Being
 * responsible for an item is enough to open its plan.
 */
@Component
class PlansWaiting implements WaitingWork {

    private final ReportingCycles cycles;
    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    PlansWaiting(ReportingCycles cycles, JdbcClient jdbc, CommunityCalendar calendar) {
        this.cycles = cycles;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record Owing(String planFr, String planEn, LocalDate due, long count) {
        Owing plus(LocalDate due) {
            return new Owing(planFr, planEn, due.isBefore(this.due) ? due : this.due, count + 1);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(VigiePrincipal who) {
        LocalDate today = calendar.today(who.communityId());
        Map<UUID, Owing> late = new LinkedHashMap<>();
        Map<UUID, Owing> due = new LinkedHashMap<>();
        for (ReportingCycles.Owed owed : cycles.owedBy(who)) {
            ReportingCycles.State state = owed.state(today);
            if (state == ReportingCycles.State.RECEIVED) {
                continue;
            }
            (state == ReportingCycles.State.LATE ? late : due)
                    .merge(
                            owed.planId(),
                            new Owing(owed.planFr(), owed.planEn(), owed.dueDate(), 1),
                            (before, one) -> before.plus(owed.dueDate()));
        }
        List<Waiting> waiting = new ArrayList<>();
        late.values().forEach(owing -> waiting.add(owing("home.plans.updatesLate", owing, true)));
        due.values().forEach(owing -> waiting.add(owing("home.plans.updatesDue", owing, false)));
        jdbc.sql("""
                        select p.id, p.title_fr, p.title_en, count(*) as n
                        from plan_item i
                        join plan p on p.id = i.plan_id
                        join status_value v on v.scheme_id = p.status_scheme_id and v.code = i.status_code
                        where p.community_id = ? and i.responsible_user_id = ? and not i.archived and not p.archived
                          and v.severity >= 3
                        group by p.id, p.title_fr, p.title_en order by lower(p.title_fr)
                        """).params(who.communityId(), who.userId()).query(rs -> {
            waiting.add(Waiting.about(
                    Role.Area.PLANS,
                    "home.plans.atRisk",
                    rs.getLong("n"),
                    rs.getString("title_fr"),
                    rs.getString("title_en"),
                    null,
                    "/plans/" + rs.getObject("id", UUID.class),
                    false));
        });
        return waiting;
    }

    private static Waiting owing(String key, Owing owing, boolean urgent) {
        return Waiting.about(
                Role.Area.PLANS,
                key,
                owing.count(),
                owing.planFr(),
                owing.planEn(),
                owing.due(),
                "/my-updates",
                urgent);
    }
}
