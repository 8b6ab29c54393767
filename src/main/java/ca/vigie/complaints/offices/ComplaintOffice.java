package ca.vigie.complaints.offices;

import ca.vigie.system.NamedObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An office, the organisations it serves under their jurisdiction, and its staff. */
public record ComplaintOffice(
        UUID id, UUID communityId, String nameFr, String nameEn, int version, List<Served> served, List<Staff> staff)
        implements NamedObject {

    /** An organisation the office serves, and the law its workplace falls under. */
    public record Served(UUID organizationId, Jurisdiction jurisdiction) {}

    /** A person and one role they hold in the office. */
    public record Staff(UUID userId, StaffRole role) {}

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** The roles a person holds in the office; none if they do not work there. */
    public java.util.Set<StaffRole> rolesOf(UUID userId) {
        java.util.Set<StaffRole> roles = java.util.EnumSet.noneOf(StaffRole.class);
        staff.stream().filter(s -> s.userId().equals(userId)).forEach(s -> roles.add(s.role()));
        return roles;
    }

    public Optional<Served> serving(UUID organizationId) {
        return served.stream()
                .filter(s -> s.organizationId().equals(organizationId))
                .findFirst();
    }
}
