package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a community administrator sets for the whole community. Its time zone decides its calendar:
 * what "today" is, when a deadline is missed, which month a statistic falls in, and at what hour
 * reminders go out.
 */
@Component
public class CommunitySettings {

    /** The zones of Canada's provinces and territories, from east to west. */
    public static final List<String> ZONES = List.of(
            "America/St_Johns",
            "America/Halifax",
            "America/Blanc-Sablon",
            "America/Toronto",
            "America/Atikokan",
            "America/Winnipeg",
            "America/Regina",
            "America/Edmonton",
            "America/Vancouver",
            "America/Whitehorse");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final CommunityTimeZones zones;

    CommunitySettings(JdbcClient jdbc, AuditTrail audit, CommunityCalendar calendar, CommunityTimeZones zones) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
        this.zones = zones;
    }

    public record Settings(String nameFr, String nameEn, ZoneId zone, boolean zoneChosen) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
        }
    }

    @Transactional(readOnly = true)
    public Settings of(VigiePrincipal admin) {
        requireAdmin(admin);
        return jdbc.sql("select name_fr, name_en, time_zone from community where id = ?")
                .param(admin.communityId())
                .query((rs, row) -> new Settings(
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        calendar.zone(admin.communityId()),
                        rs.getString("time_zone") != null))
                .optional()
                .orElseThrow(() -> new NotFoundException("Community"));
    }

    /** Sets the community's time zone to one of the offered zones. */
    @Transactional
    public void changeZone(VigiePrincipal admin, String zone) {
        requireAdmin(admin);
        if (!ZONES.contains(zone)) {
            throw RejectedValueException.invalidChoice("timeZone");
        }
        jdbc.sql("update community set time_zone = ? where id = ?")
                .params(zone, admin.communityId())
                .update();
        zones.forget(admin.communityId());
        audit.record(AuditEntry.by(admin, "COMMUNITY_ZONE_CHANGED", "community", admin.communityId()));
    }

    private static void requireAdmin(VigiePrincipal admin) {
        if (!admin.roles().contains(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only a community administrator sets the community");
        }
    }
}
