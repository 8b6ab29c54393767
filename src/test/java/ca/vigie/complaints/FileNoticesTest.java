package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileNotices;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.NoticeKind;
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
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notices are generated in the chosen language, kept encrypted as produced, address a confidential
 * reporter without naming them, and give results only after an investigation; a reprisal complaint
 * links to the file it follows.
 */
@VigieTest
class FileNoticesTest {

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    FileNotices notices;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    VigiePrincipal intake;

    @BeforeEach
    void setUp() {
        community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
    }

    @Test
    void a_notice_is_kept_as_produced_and_never_names_a_confidential_reporter() throws Exception {
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        UUID id = file(employee, ReporterMode.CONFIDENTIAL, ComplaintType.HARASSMENT);
        work.declare(intake, id, false);

        UUID notice = notices.generate(intake, id, NoticeKind.ACKNOWLEDGEMENT, "fr");
        byte[] pdf = notices.document(intake, id, notice);

        String text = text(pdf);
        assertThat(text).contains("Accusé de réception").contains("7 jours").contains("À la personne qui a signalé");
        assertThat(text).doesNotContain(employee.displayName());
        assertThat(jdbc.queryForObject(
                        "select substring(document from 1 for 4) = '%PDF'::bytea from complaint_notice where id = ?",
                        Boolean.class, notice))
                .as("stored encrypted")
                .isFalse();
        assertThat(notices.notices(intake, id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.ACKNOWLEDGEMENT);
            assertThat(n.language()).isEqualTo("fr");
        });
        assertThatThrownBy(() -> notices.generate(intake, id, NoticeKind.RESULTS, "en"))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.notice.noResults");

        UUID named = file(employee, ReporterMode.NAMED, ComplaintType.HARASSMENT);
        work.declare(intake, named, false);
        String english =
                text(notices.document(intake, named, notices.generate(intake, named, NoticeKind.STATUS_UPDATE, "en")));
        assertThat(english).contains("Status update").contains("To " + employee.displayName());
    }

    @Test
    void a_reprisal_complaint_links_to_its_original_file() {
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        UUID original = file(employee, ReporterMode.NAMED, ComplaintType.HARASSMENT);
        UUID reprisal = file(employee, ReporterMode.NAMED, ComplaintType.REPRISAL);
        work.declare(intake, original, false);
        work.declare(intake, reprisal, false);

        assertThatThrownBy(() -> work.linkReprisal(intake, original, reprisal))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.reprisal.notReprisal");
        assertThatThrownBy(() -> work.linkReprisal(intake, reprisal, UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("originalId");
        work.linkReprisal(intake, reprisal, original);
        assertThat(files.header(intake, reprisal).relatedFileId()).isEqualTo(original);
    }

    private UUID file(VigiePrincipal employee, ReporterMode mode, ComplaintType type) {
        return files.file(
                employee,
                new Intake(
                        EnumSet.of(type),
                        mode,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(5),
                        null,
                        "",
                        "Récit",
                        List.of(new Intake.Party(null, "Quelqu’un", Relation.MANAGER)),
                        "",
                        ""),
                UUID.randomUUID());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
