package ca.vigie.system.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The site's navigation: each link, the roles it is shown to (none: everyone signed in), and the
 * addresses for which it is the current section. Worked out in Java once per request, so the layout
 * draws a list instead of evaluating an expression per link and per role. Showing a link is not
 * access: every handler checks its own rule.
 */
final class Navigation {

    private record Link(String href, String label, Set<String> roles, Predicate<String> current) {}

    private static final List<Link> LINKS = List.of(
            link("/", "nav.home", exactly("/")),
            link("/admin/organizations", "nav.organizations", under("/admin/organizations"), "COMMUNITY_ADMIN"),
            link("/admin/users", "nav.users", under("/admin/users"), "COMMUNITY_ADMIN"),
            link("/admin/community", "nav.community", exactly("/admin/community"), "COMMUNITY_ADMIN"),
            link("/admin/areas", "nav.areas", under("/admin/areas"), "COMMUNITY_ADMIN"),
            link("/my-updates", "nav.myUpdates", exactly("/my-updates")),
            link("/plans", "nav.plans", under("/plans")),
            link("/indicators", "nav.indicators", under("/indicators")),
            link("/admin/templates", "nav.templates", under("/admin/templates"), "COMMUNITY_ADMIN"),
            link(
                    "/situation-tables",
                    "nav.mySituationTables",
                    under("/situation-tables", "/situations"),
                    "TABLE_MEMBER",
                    "TABLE_CHAIR"),
            link(
                    "/situation-statistics",
                    "nav.situationStatistics",
                    exactly("/situation-statistics"),
                    "COMMUNITY_ADMIN",
                    "PLAN_COORDINATOR"),
            link("/admin/situation-tables", "nav.situationTables", under("/admin/situation"), "COMMUNITY_ADMIN"),
            link(
                    "/admin/complaint-offices",
                    "nav.complaintOffices",
                    under("/admin/complaint-offices"),
                    "COMMUNITY_ADMIN"),
            link(
                    "/coresponse",
                    "nav.coresponse",
                    under("/coresponse"),
                    "CORESPONSE_OFFICER",
                    "CORESPONSE_WORKER",
                    "CORESPONSE_LEAD",
                    "CORESPONSE_STEERING",
                    "PLAN_COORDINATOR"),
            link("/admin/coresponse-teams", "nav.coresponseTeams", under("/admin/coresponse-teams"), "COMMUNITY_ADMIN"),
            link("/complaint-files", "nav.complaintFiles", under("/complaint-files"), "OFFICE_INTAKE", "INVESTIGATOR"),
            link(
                    "/complaint-statistics",
                    "nav.complaintStatistics",
                    under("/complaint-statistics"),
                    "OFFICE_INTAKE",
                    "INVESTIGATOR",
                    "PLAN_COORDINATOR"),
            link("/complaints", "nav.myComplaints", under("/complaints")),
            link("/audit", "nav.audit", under("/audit"), "AUDITOR"),
            link("/account", "nav.account", exactly("/account")));

    private Navigation() {}

    /** The links a person with these authorities sees, the current one marked. */
    static List<Shell.Link> of(Set<String> authorities, String currentPath) {
        return LINKS.stream()
                .filter(link -> link.roles().isEmpty()
                        || link.roles().stream().anyMatch(role -> authorities.contains("ROLE_" + role)))
                .map(link ->
                        new Shell.Link(link.href(), link.label(), link.current().test(currentPath)))
                .toList();
    }

    private static Link link(String href, String label, Predicate<String> current, String... roles) {
        return new Link(href, label, Set.of(roles), current);
    }

    private static Predicate<String> exactly(String path) {
        return path::equals;
    }

    private static Predicate<String> under(String... prefixes) {
        return path -> Arrays.stream(prefixes).anyMatch(path::startsWith);
    }
}
