package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.complaints.files.ComplaintFiles;
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
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The office lead's list of files: fifty a page, narrowed to a stage or a reference, bad filters explained. */
@VigieTest
class ComplaintFileListTest {

    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a class=\"mono\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    TestCommunities communities;

    VigiePrincipal lead;
    List<String> references = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        lead = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        for (int i = 0; i < 51; i++) {
            UUID id = files.file(employee, intake(), UUID.randomUUID());
            references.add(files.header(lead, id).reference());
        }
    }

    @Test
    void fifty_files_a_page_the_newest_first() throws Exception {
        String first = page("/complaint-files");
        String second = page("/complaint-files?page=2");

        assertThat(rows(first)).isEqualTo(50);
        assertThat(rows(second)).isEqualTo(1);
        assertThat(first).contains("51 dossiers").contains("Page 1 sur 2").contains("page=2");
        assertThat(first)
                .as("a screenful of deadlines, the rest on their files")
                .contains("plus lointaines");
        assertThat(second).contains("Page 2 sur 2").contains(references.get(0));
        assertThat(page("/complaint-files?page=99"))
                .as("past the end: the last page")
                .contains("Page 2 sur 2");
        assertThat(page("/complaint-files?page=-3")).contains("Page 1 sur 2");
        assertThat(page("/complaint-files?page=deux")).contains("Page 1 sur 2");
    }

    @Test
    void a_reference_or_a_stage_narrows_the_list() throws Exception {
        String reference = references.get(7);

        String found = page("/complaint-files?reference=" + reference);
        String received = page("/complaint-files?stage=RECEIVED");
        String closed = page("/complaint-files?stage=CLOSED");

        assertThat(rows(found)).isEqualTo(1);
        assertThat(found).contains(reference).contains("Un dossier");
        assertThat(rows(received)).isEqualTo(50);
        assertThat(closed).contains("Aucun des dossiers que vous pouvez consulter ne correspond.");
    }

    @Test
    void a_filter_no_one_could_choose_or_type_is_explained_by_its_field_and_kept() throws Exception {
        String tampered = page("/complaint-files?stage=NOT_A_STAGE");
        String huge = page("/complaint-files?reference=" + "9".repeat(50_000));
        String hostile = page("/complaint-files?reference=%00%3Cscript%3E");

        assertThat(tampered).contains("id=\"stage-error\"").contains("51 dossiers");
        assertThat(huge)
                .contains("id=\"reference-error\"")
                .contains("9".repeat(50_000))
                .contains("51 dossiers");
        assertThat(hostile).doesNotContain("<script>").contains("Aucun des dossiers");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)
                        .with(authentication(TestCommunities.signedIn(lead)))
                        .header("Accept-Language", "fr-CA"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Rows of the files table (the deadlines above it have rows of their own). */
    private static long rows(String page) {
        int table = page.indexOf("id=\"files\"");
        return table < 0 ? 0 : ROW.matcher(page.substring(table)).results().count();
    }

    private Intake intake() {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT),
                ReporterMode.NAMED,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(2),
                null,
                "",
                "Récit",
                List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                "",
                "");
    }
}
