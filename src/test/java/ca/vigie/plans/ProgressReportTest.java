package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The progress report as a page and as a PDF that holds the updates' text, in either language. */
@VigieTest
class ProgressReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    ReportingCycles cycles;

    VigiePrincipal coordinator;
    UUID planId;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(community, Role.PLAN_OWNER);
        planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("PILLARS"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings(
                        "Programme de prévention", "Prevention programme", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID pillar = items.add(coordinator, planId, null, "PILLAR", details("Prévention", null), UUID.randomUUID());
        UUID initiative = items.add(
                coordinator,
                planId,
                pillar,
                "INITIATIVE",
                details("Formation des témoins", owner.userId()),
                UUID.randomUUID());
        UUID cycle = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(5));
        cycles.submit(
                owner,
                planId,
                cycle,
                initiative,
                new ItemUpdate.Content(
                        "ON_TRACK", 40, "Atelier tenu avec deux équipes", "Former les gestionnaires", ""),
                null);
    }

    @Test
    void the_page_shows_accomplishments_next_steps_and_the_status_of_children() throws Exception {
        String page = mvc.perform(
                        get("/plans/" + planId + "/report").with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Réalisations jusqu’ici")
                .contains("Atelier tenu avec deux équipes")
                .contains("Former les gestionnaires")
                .contains("Formation des témoins");
    }

    @Test
    void the_pdf_holds_the_update_text_in_the_language_asked() throws Exception {
        for (String lang : List.of("fr", "en")) {
            byte[] pdf = mvc.perform(get("/plans/" + planId + "/report.pdf")
                            .param("lang", lang)
                            .with(authentication(TestCommunities.signedIn(coordinator))))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();

            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Atelier tenu avec deux équipes");
                assertThat(text).contains(lang.equals("fr") ? "Prochaines étapes" : "Next steps");
            }
        }
    }

    private static PlanItem.Details details(String title, UUID responsible) {
        return new PlanItem.Details(
                title,
                "",
                "",
                "",
                null,
                responsible,
                List.of(),
                null,
                null,
                null,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
