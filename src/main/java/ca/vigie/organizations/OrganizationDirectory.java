package ca.vigie.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of a community's organisations and people: names for display and
 * choices, always within one community.
 */
@Service
public class OrganizationDirectory {

    private final JdbcClient jdbc;

    OrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record OrganizationRef(UUID id, String nameFr, String nameEn, String sector, boolean active) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
        }
    }

    public record PersonRef(
            UUID id,
            String displayName,
            UUID organizationId,
            String email,
            boolean enabled,
            String preferredLanguage,
            String username) {}

    @Transactional(readOnly = true)
    public List<OrganizationRef> organizations(UUID communityId) {
        return jdbc.sql("""
                        select id, name_fr, name_en, sector, active from organization
                        where community_id = ? order by lower(name_fr)
                        """).param(communityId).query(OrganizationRef.class).list();
    }

    /** A partner organisation's information-sharing agreement, from the community's register. */
    public record AgreementRef(UUID organizationId, String reference, LocalDate signed, LocalDate expires) {

        public AgreementStatus status(LocalDate today) {
            return AgreementStatus.of(signed, expires, today);
        }
    }

    /** The agreements of the community's organisations, by organisation; one without any is absent. */
    @Transactional(readOnly = true)
    public Map<UUID, AgreementRef> agreements(UUID communityId) {
        Map<UUID, AgreementRef> byOrganization = new LinkedHashMap<>();
        jdbc.sql("""
                        select organization_id, reference, signed, expires from information_sharing_agreement
                        where community_id = ?
                        """)
                .param(communityId)
                .query(AgreementRef.class)
                .list()
                .forEach(agreement -> byOrganization.put(agreement.organizationId(), agreement));
        return byOrganization;
    }

    @Transactional(readOnly = true)
    public Optional<AgreementRef> agreement(UUID communityId, UUID organizationId) {
        return jdbc.sql("""
                        select organization_id, reference, signed, expires from information_sharing_agreement
                        where community_id = ? and organization_id = ?
                        """)
                .params(communityId, organizationId)
                .query(AgreementRef.class)
                .optional();
    }

    /** An area of the community, as other modules record where something happened. */
    public record AreaRef(UUID id, String nameFr, String nameEn, boolean retired) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
        }
    }

    /** The community's areas, those in use first, by French name; a retired one stays for old records. */
    @Transactional(readOnly = true)
    public List<AreaRef> areas(UUID communityId) {
        return jdbc.sql("""
                        select id, name_fr, name_en, retired from community_area
                        where community_id = ? order by retired, lower(name_fr)
                        """).param(communityId).query(AreaRef.class).list();
    }

    /** The community's organisations by id, in name order, for pages that name them in rows. */
    @Transactional(readOnly = true)
    public Map<UUID, OrganizationRef> organizationsById(UUID communityId) {
        Map<UUID, OrganizationRef> byId = new LinkedHashMap<>();
        organizations(communityId).forEach(organization -> byId.put(organization.id(), organization));
        return byId;
    }

    /** The community's people by id, in name order. */
    @Transactional(readOnly = true)
    public Map<UUID, PersonRef> peopleById(UUID communityId) {
        Map<UUID, PersonRef> byId = new LinkedHashMap<>();
        people(communityId).forEach(person -> byId.put(person.id(), person));
        return byId;
    }

    /** When the person signed in before this time, to tell what is new since; empty on a first sign-in. */
    @Transactional(readOnly = true)
    public Optional<Instant> previousSignIn(UUID communityId, UUID userId) {
        return jdbc.sql("select previous_sign_in_at from user_account where community_id = ? and id = ?")
                .params(communityId, userId)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp("previous_sign_in_at")))
                .optional()
                .flatMap(found -> found)
                .map(java.sql.Timestamp::toInstant);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationRef> organization(UUID communityId, UUID id) {
        return jdbc.sql(
                        "select id, name_fr, name_en, sector, active from organization where community_id = ? and id = ?")
                .params(communityId, id)
                .query(OrganizationRef.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean isActiveOrganization(UUID communityId, UUID id) {
        return organization(communityId, id).filter(OrganizationRef::active).isPresent();
    }

    @Transactional(readOnly = true)
    public List<PersonRef> people(UUID communityId) {
        return jdbc.sql("""
                        select id, display_name, organization_id, coalesce(email, '') as email, enabled,
                               coalesce(preferred_language, 'fr') as preferred_language, username
                        from user_account where community_id = ? order by lower(display_name)
                        """).param(communityId).query(PersonRef.class).list();
    }

    @Transactional(readOnly = true)
    public List<PersonRef> people(UUID communityId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, display_name, organization_id, coalesce(email, '') as email, enabled,
                               coalesce(preferred_language, 'fr') as preferred_language, username
                        from user_account where community_id = :community and id in (:ids)
                        """)
                .param("community", communityId)
                .param("ids", ids)
                .query(PersonRef.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<PersonRef> person(UUID communityId, UUID id) {
        return people(communityId, List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public boolean isActivePerson(UUID communityId, UUID id) {
        return person(communityId, id).filter(PersonRef::enabled).isPresent();
    }

    /** Whether a person of the community holds a role through one of their memberships. */
    @Transactional(readOnly = true)
    public boolean hasRole(UUID communityId, UUID userId, Role role) {
        return jdbc.sql("""
                        select exists (select 1 from membership where community_id = ? and user_id = ? and role = ?)
                        """)
                .params(communityId, userId, role.name())
                .query(Boolean.class)
                .single();
    }

    /**
     * Everyone above a person in the community's reporting lines, nearest first: their manager, that
     * manager's manager, and so on.
     */
    @Transactional(readOnly = true)
    public List<UUID> managersAbove(UUID communityId, UUID userId) {
        return jdbc.sql("""
                        with recursive chain (manager_id, depth) as (
                            select manager_id, 1 from reporting_line where community_id = ? and user_id = ?
                            union
                            select r.manager_id, c.depth + 1 from reporting_line r
                            join chain c on r.user_id = c.manager_id
                            where c.depth < 100
                        )
                        select manager_id from chain order by depth
                        """).params(communityId, userId).query(UUID.class).list().stream()
                .distinct()
                .toList();
    }

    /**
     * Everyone below a person in the community's reporting lines: the people they manage, the people
     * those manage, and so on. The person is above all of them, as {@link #managersAbove} says from
     * the other end.
     */
    @Transactional(readOnly = true)
    public Set<UUID> peopleBelow(UUID communityId, UUID userId) {
        return Set.copyOf(
                jdbc.sql("""
                        with recursive below (user_id, depth) as (
                            select user_id, 1 from reporting_line where community_id = ? and manager_id = ?
                            union
                            select r.user_id, b.depth + 1 from reporting_line r
                            join below b on r.manager_id = b.user_id
                            where b.depth < 100
                        )
                        select distinct user_id from below
                        """).params(communityId, userId).query(UUID.class).list());
    }
}
