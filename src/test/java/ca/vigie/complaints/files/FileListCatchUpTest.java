package ca.vigie.complaints.files;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BlindIndex;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files written before lists were read a page at a time carry no blind index tags and no soonest
 * deadline; the catch-up at start gives them both, and until it has, the list would show a file to
 * the person it names.
 */
@VigieTest
class FileListCatchUpTest {

    @Autowired
    FileListCatchUp catchUp;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileLists lists;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    BlindIndex index;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void untagged_files_are_tagged_and_keep_out_the_people_they_name_again() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal colleague = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, colleague.userId(), StaffRole.OFFICE_LEAD);
        UUID namingTheLead = files.file(
                employee,
                new Intake(
                        Set.of(ComplaintType.HARASSMENT),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(2),
                        null,
                        "",
                        "Récit",
                        List.of(new Intake.Party(lead.userId(), "La responsable", Relation.MANAGER)),
                        "",
                        ""),
                UUID.randomUUID());
        byte[] partyTag = tagOf("complaint_party", namingTheLead);
        assertThat(partyTag).isEqualTo(index.tag(FileStore.PARTY_TAG, lead.userId()));
        assertThat(lists.reachableBy(lead)).noneMatch(line -> line.file().id().equals(namingTheLead));

        jdbc.update("update complaint_party set user_tag = null where file_id = ?", namingTheLead);
        jdbc.update("update complaint_reporter set user_tag = null where file_id = ?", namingTheLead);
        jdbc.update(
                "update complaint_file set next_due_on = null, deadlines_known = false where id = ?", namingTheLead);
        assertThat(lists.reachableBy(lead))
                .as("without its tag, the file would be listed to the person it names")
                .anyMatch(line -> line.file().id().equals(namingTheLead));

        catchUp.afterSingletonsInstantiated();

        assertThat(tagOf("complaint_party", namingTheLead)).isEqualTo(partyTag);
        assertThat(tagOf("complaint_reporter", namingTheLead))
                .isEqualTo(index.tag(FileStore.REPORTER_TAG, employee.userId()));
        assertThat(lists.reachableBy(lead)).noneMatch(line -> line.file().id().equals(namingTheLead));
        assertThat(lists.reachableBy(colleague))
                .anyMatch(line -> line.file().id().equals(namingTheLead));
        assertThat(jdbc.queryForObject(
                        "select next_due_on from complaint_file where id = ? and deadlines_known",
                        LocalDate.class,
                        namingTheLead))
                .as("federal: first contact within seven days of the day it was filed")
                .isEqualTo(communities.today().plusDays(7));
    }

    private byte[] tagOf(String table, UUID file) {
        return jdbc.queryForObject("select user_tag from " + table + " where file_id = ?", byte[].class, file);
    }
}
