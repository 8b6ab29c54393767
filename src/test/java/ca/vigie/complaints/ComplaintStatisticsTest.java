package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.statistics.ComplaintStatistics;
import ca.vigie.complaints.statistics.OfficeStatistics;
import ca.vigie.indicators.ComputedSource;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An office's aggregates: small counts hidden with their complements, read only by its analysts and
 * lead, through the page, the API, the annual report and computed indicators, never naming a file.
 */
@VigieTest
class ComplaintStatisticsTest {

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    InformalServices services;

    @Autowired
    ComplaintStatistics statistics;

    @Autowired
    List<ComputedSource> sources;

    @Autowired
    TestCommunities communities;

    @Autowired
    MockMvc mvc;

    @Test
    void small_counts_are_hidden_and_only_the_offices_analysts_and_lead_read_them() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal analyst = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.ONTARIO);
        offices.assign(admin, office, analyst.userId(), StaffRole.ANALYST);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        for (int i = 0; i < 9; i++) {
            file(community, i < 7 ? ComplaintType.HARASSMENT : ComplaintType.VIOLENCE);
        }
        for (int i = 0; i < 7; i++) {
            services.record(
                    lead,
                    new InformalServices.NewService(
                            community.organization().id(),
                            i < 6 ? InformalKind.HELPLINE_CONTACT : InformalKind.COACHING,
                            communities.today(),
                            "",
                            ""),
                    UUID.randomUUID());
        }
        LocalDate from = communities.today().withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);

        OfficeStatistics figures = statistics.forReader(analyst, office, from, to);

        assertThat(figures.received()).isEqualTo(9);
        assertThat(figures.byType()).containsEntry("HARASSMENT", 7).containsEntry("VIOLENCE", null);
        assertThat(figures.byType()).containsEntry("REPRISAL", 0);
        assertThat(figures.byStage()).containsEntry("RECEIVED", 9);
        assertThat(figures.resolved()).isZero();
        assertThat(figures.averageDaysToResolve()).isNull();
        assertThat(figures.informalServices())
                .containsEntry("HELPLINE_CONTACT", 6)
                .containsEntry("COACHING", null)
                .containsEntry("FACILITATED_DIALOGUE", 0);
        assertThat(figures.informalTurnedIntoComplaints()).isZero();
        assertThat(statistics.forReader(lead, office, from, to).received()).isEqualTo(9);
        for (VigiePrincipal outsider : List.of(intake, admin)) {
            assertThatThrownBy(() -> statistics.forReader(outsider, office, from, to))
                    .isInstanceOf(NotFoundException.class);
        }

        String json = mvc.perform(get("/api/v1/complaint-offices/" + office + "/statistics")
                        .with(authentication(TestCommunities.signedIn(analyst))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"received\":9")
                .contains("\"VIOLENCE\":null")
                .doesNotContain("narrative");
        mvc.perform(get("/api/v1/complaint-offices/" + office + "/statistics")
                        .with(authentication(TestCommunities.signedIn(intake))))
                .andExpect(status().isNotFound());

        byte[] csv = mvc.perform(get("/complaint-statistics/" + office + "/annual-report.csv")
                        .with(authentication(TestCommunities.signedIn(analyst)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("Complaints received,,9,0")
                .contains("What happened,Violence,,1")
                .contains("Informal services,Helpline contact,6,0")
                .contains("Informal services,Coaching,,1");
        byte[] pdf = mvc.perform(get("/complaint-statistics/" + office + "/annual-report.pdf?lang=en")
                        .with(authentication(TestCommunities.signedIn(lead))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        ComputedSource received = sources.stream()
                .filter(s -> s.code().equals("COMPLAINTS_RECEIVED"))
                .findFirst()
                .orElseThrow();
        assertThat(received.value(community.community().id(), from, to))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(9));
    }

    @Test
    void the_year_is_written_as_a_year_not_as_a_count_in_both_languages() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal analyst = communities.person(community, Role.PLAN_COORDINATOR);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.assign(admin, office, analyst.userId(), StaffRole.ANALYST);

        for (String[] expected : List.of(
                new String[] {"fr", "Plaintes reçues en 2026"}, new String[] {"en", "Complaints received in 2026"})) {
            String page = mvc.perform(get("/complaint-statistics/" + office + "?year=2026")
                            .with(authentication(TestCommunities.signedIn(analyst)))
                            .header("Accept-Language", expected[0]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<h1>" + expected[1] + "</h1>").contains("<title>" + expected[1] + " · ");
            assertThat(page)
                    .as("the threshold below which counts are hidden is named")
                    .containsPattern("(fewer than|moins de) 5 ")
                    .doesNotContain("null");

            byte[] pdf = mvc.perform(
                            get("/complaint-statistics/" + office + "/annual-report.pdf?year=2026&lang=" + expected[0])
                                    .with(authentication(TestCommunities.signedIn(analyst))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains(expected[1])
                        .containsPattern("(fewer than|moins de) 5 ");
            }
        }
    }

    private void file(TestCommunity community, ComplaintType type) {
        files.file(
                communities.person(community, Role.EMPLOYEE),
                new Intake(
                        EnumSet.of(type),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(3),
                        null,
                        "",
                        "Récit",
                        List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                        "",
                        ""),
                UUID.randomUUID());
    }
}
