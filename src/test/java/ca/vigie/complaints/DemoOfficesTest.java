package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.Standing;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Stage;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo office serves the police under Ontario's law, the housing authority under the federal
 * one and the health centre under Québec's, and holds files at every stage of each.
 */
@VigieTest
class DemoOfficesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileLists lists;

    @Autowired
    InformalServices services;

    @Test
    void the_demo_office_is_set_up_with_its_jurisdictions_and_staff() {
        assertThat(jdbc.queryForList("""
                        select o.name_en || ':' || s.jurisdiction from complaint_office_organization s
                        join organization o on o.id = s.organization_id
                        join complaint_office f on f.id = s.office_id
                        where f.name_en = 'Independent Safe Workplace Office'
                        """, String.class))
                .containsExactlyInAnyOrder(
                        "Heron Bay Police Service:ONTARIO",
                        "Bay Housing Authority:FEDERAL",
                        "Bay Health and Social Services Centre:QUEBEC");
        assertThat(jdbc.queryForList("""
                        select u.username || ':' || s.staff_role from complaint_office_staff s
                        join user_account u on u.id = s.user_id
                        join complaint_office f on f.id = s.office_id
                        where f.name_en = 'Independent Safe Workplace Office'
                        """, String.class))
                .containsExactlyInAnyOrder(
                        "office:OFFICE_LEAD",
                        "office:INTAKE_OFFICER",
                        "investigator:INVESTIGATOR",
                        "coordinator:ANALYST");
    }

    @Test
    void the_demo_files_cover_every_stage_of_every_jurisdiction_and_the_employees_named_complaint() {
        VigiePrincipal lead = demo("office", Role.OFFICE_INTAKE);
        VigiePrincipal investigator = demo("investigator", Role.INVESTIGATOR);
        List<FileLists.Line> all = lists.reachableBy(lead);

        assertThat(all).hasSizeGreaterThanOrEqualTo(41);
        assertThat(all.stream().map(l -> l.file().stage()).distinct()).containsExactlyInAnyOrder(Stage.values());
        assertThat(all.stream()
                        .map(l -> l.file().jurisdiction() + ":" + l.file().stage())
                        .distinct())
                .contains(
                        "FEDERAL:NEGOTIATED_RESOLUTION",
                        "FEDERAL:CONCILIATION",
                        "ONTARIO:INFORMAL_RESOLUTION",
                        "QUEBEC:INVESTIGATION",
                        "ONTARIO:CLOSED",
                        "FEDERAL:CLOSED");
        assertThat(all.stream().flatMap(l -> l.owed().stream()).map(d -> d.state(files.today(lead.communityId()))))
                .contains(Deadline.State.DUE, Deadline.State.MISSED);
        assertThat(lists.soonestOwed(lead, 10).soonest())
                .as("the soonest deadlines, found from each file's soonest, are those of all the files")
                .extracting(due -> due.deadline().dueOn())
                .containsExactlyElementsOf(all.stream()
                        .flatMap(l -> l.owed().stream())
                        .map(Deadline::dueOn)
                        .sorted()
                        .limit(10)
                        .toList());

        VigiePrincipal employee = demo("employee", Role.EMPLOYEE);
        assertThat(files.filedBy(employee)).singleElement().satisfies(filed -> {
            assertThat(filed.stage()).isEqualTo(Stage.RECEIVED);
            assertThat(files.standing(lead, filed.id())).isEqualTo(Standing.DECLARATION_OWED);
            assertThat(files.standing(investigator, filed.id())).isEqualTo(Standing.NONE);
        });
        List<FileLists.Line> investigated = lists.reachableBy(investigator);
        assertThat(investigated)
                .isNotEmpty()
                .allMatch(l -> l.file().stage().ordinal() >= Stage.INVESTIGATION.ordinal());
        assertThat(investigated).anyMatch(l -> l.standing() == Standing.DECLARATION_OWED);
        assertThat(lists.reachableBy(demo("admin", Role.COMMUNITY_ADMIN))).isEmpty();

        assertThat(services.reachableBy(lead))
                .hasSize(6)
                .extracting(InformalServices.Line::kind)
                .contains(InformalKind.values());
        assertThat(services.reachableBy(lead))
                .filteredOn(InformalServices.Line::turnedIntoComplaint)
                .singleElement()
                .satisfies(
                        turned -> assertThat(files.header(lead, turned.fileId()).channel())
                                .isEqualTo(Channel.INFORMAL_SERVICE));
        assertThat(services.reachableBy(investigator)).isEmpty();
    }

    private VigiePrincipal demo(String username, Role... roles) {
        var row = jdbc.queryForMap(
                "select u.id, u.community_id, u.organization_id from user_account u where u.username = ?", username);
        return new VigiePrincipal(
                (UUID) row.get("id"),
                username,
                username,
                (UUID) row.get("community_id"),
                (UUID) row.get("organization_id"),
                Set.of(roles));
    }
}
