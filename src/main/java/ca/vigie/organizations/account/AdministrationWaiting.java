package ca.vigie.organizations.account;

import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What waits for the community administrator in the accounts (people locked out after failed
 * sign-ins) and for the auditor in the trail (when the chain was last checked, and what came of it).
 */
@Component
class AdministrationWaiting implements WaitingWork {

    /** A chain not checked for this long is worth checking again. */
    static final int CHECK_EVERY_DAYS = 30;

    private final OrganizationDirectory directory;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    AdministrationWaiting(
            OrganizationDirectory directory, SignInThrottle throttle, AuditTrail audit, CommunityCalendar calendar) {
        this.directory = directory;
        this.throttle = throttle;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    public List<Waiting> waitingFor(VigiePrincipal who) {
        List<Waiting> waiting = new ArrayList<>();
        if (who.has(Role.COMMUNITY_ADMIN)) {
            int locked = throttle.lockedAmong(directory.people(who.communityId()).stream()
                    .map(OrganizationDirectory.PersonRef::username)
                    .toList());
            if (locked > 0) {
                waiting.add(Waiting.of(Role.Area.ADMINISTRATION, "home.admin.locked", locked, "/admin/users", true));
            }
        }
        if (who.has(Role.AUDITOR)) {
            waiting.add(chainCheck(who));
        }
        return waiting;
    }

    private Waiting chainCheck(VigiePrincipal who) {
        Optional<AuditTrail.LastCheck> last = audit.lastCheck(who.communityId());
        if (last.isEmpty()) {
            return Waiting.of(Role.Area.AUDIT, "home.audit.neverChecked", 0, "/audit", true);
        }
        LocalDate on = last.get().at().atZone(calendar.zone(who.communityId())).toLocalDate();
        boolean stale = on.isBefore(calendar.today(who.communityId()).minusDays(CHECK_EVERY_DAYS));
        return new Waiting(
                Role.Area.AUDIT,
                last.get().intact() ? "home.audit.intact" : "home.audit.broken",
                0,
                null,
                null,
                on,
                "/audit",
                !last.get().intact() || stale);
    }
}
