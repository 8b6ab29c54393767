package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.exchange.PlanExport;
import ca.vigie.plans.exchange.PlanImport;
import ca.vigie.plans.exchange.PlanSpreadsheets;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Spreadsheet round trips, and imports that report every broken row and save nothing. */
@VigieTest
class PlanExchangeTest {

    @Autowired
    PlanExport export;

    @Autowired
    PlanImport imports;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    PlanTree trees;

    @Autowired
    PlanTemplates templates;

    @Autowired
    TestCommunities communities;

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorRegistry indicators;

    TestCommunity community;
    UUID indicatorId;
    VigiePrincipal coordinator;
    VigiePrincipal owner;
    UUID planId;

    @BeforeEach
    void setUp() {
        community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        owner = communities.person(community, Role.PLAN_OWNER);
        planId = plans.create(
                coordinator,
                template("RECOVERY").id(),
                new Plan.Settings(
                        "Plan de rétablissement", "Recovery plan", "", "", RollupRule.SHARE_COMPLETED, null, null),
                UUID.randomUUID());
        UUID general = add(
                null,
                "GENERAL_OBJECTIVE",
                details("Limiter les effets", null, null, List.of(), TimeHorizon.SHORT, null));
        UUID area = add(
                general, "ISSUE_AREA", details("Enjeux sociaux", null, null, List.of(), null, IssueCategory.SOCIAL));
        indicatorId = indicators.define(coordinator, indicator(community, "Appels au service"), UUID.randomUUID());
        UUID retired = indicators.define(coordinator, indicator(community, "Appels; urgences"), UUID.randomUUID());
        indicators.setArchived(coordinator, retired, true);
        PlanItem.Details supported = details("Soutenir les organismes", null, null, List.of(), null, null);
        UUID objective = add(
                area,
                "OPERATIONAL_OBJECTIVE",
                new PlanItem.Details(
                        supported.titleFr(),
                        supported.titleEn(),
                        supported.descriptionFr(),
                        supported.descriptionEn(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        "AT_RISK",
                        null,
                        null,
                        null,
                        null,
                        "",
                        "",
                        List.of(indicatorId, retired)));
        UUID action = add(
                objective,
                "ACTION",
                details(
                        "Portrait des besoins",
                        community.organization().id(),
                        owner.userId(),
                        List.of(community.organization().id()),
                        TimeHorizon.MEDIUM,
                        null));
        items.comment(coordinator, planId, action, "=HYPERLINK(\"http://example.org\") ne doit jamais s’exécuter");
        UUID second = add(
                general,
                "ISSUE_AREA",
                details("Sécurité urbaine", null, null, List.of(), null, IssueCategory.URBAN_SAFETY));
        add(second, "OPERATIONAL_OBJECTIVE", details("Rassurer la population", null, null, List.of(), null, null));
    }

    @Test
    void an_exported_xlsx_imports_back_into_the_same_plan() {
        byte[] xlsx = export.xlsx(plans.access(coordinator, planId), Locale.FRENCH);

        PlanImport.Preview preview = imports.preview(coordinator, xlsx, null, "", "", Locale.FRENCH);
        assertThat(preview.problems()).isEmpty();
        UUID copy = imports.importPlan(coordinator, preview);

        assertThat(shape(copy)).isEqualTo(shape(planId));
        assertThat(plans.access(coordinator, copy).plan().titleEn()).isEqualTo("Recovery plan");
        assertThat(plans.access(coordinator, copy).plan().rollupRule()).isEqualTo(RollupRule.SHARE_COMPLETED);
    }

    @Test
    void an_english_xlsx_imports_back_into_the_same_plan() {
        byte[] xlsx = export.xlsx(plans.access(coordinator, planId), Locale.ENGLISH);

        PlanImport.Preview preview = imports.preview(coordinator, xlsx, null, "", "", Locale.FRENCH);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredColumns()).isEmpty();

        assertThat(shape(imports.importPlan(coordinator, preview))).isEqualTo(shape(planId));
    }

    @Test
    void a_flat_table_repeating_parents_on_every_row_makes_each_parent_once() {
        String csv = String.join(
                "\n",
                "General objective,Issue area,Operational objective,Action,Targets,Time horizon,Budget",
                "Limit the effects,Social issues,Support groups,Map needs,All groups reached,Medium term,10",
                "Limit the effects,Social issues,Support groups,Directory,,MEDIUM,",
                "Limit the effects,Social issues,Break isolation,Friendly calls,,,");
        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "",
                "Flat",
                Locale.ENGLISH);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredColumns()).containsExactly("Budget");

        var nodes = trees.of(plans.access(coordinator, imports.importPlan(coordinator, preview)), false)
                .all();

        assertThat(nodes)
                .extracting(
                        node -> depth(nodes, node) + " " + node.item().details().titleEn())
                .containsExactly(
                        "0 Limit the effects",
                        "1 Social issues",
                        "2 Support groups",
                        "3 Map needs",
                        "3 Directory",
                        "2 Break isolation",
                        "3 Friendly calls");
        assertThat(nodes.get(3).item().details().targetEn()).isEqualTo("All groups reached");
        assertThat(nodes.get(3).item().details().timeHorizon()).isEqualTo(TimeHorizon.MEDIUM);
        assertThat(nodes.get(3).item().details().titleFr()).isEmpty();
    }

    @Test
    void a_name_two_indicators_share_is_refused_rather_than_linked_to_either() {
        indicators.define(coordinator, indicator(community, "Appels au service"), UUID.randomUUID());
        String csv = String.join(
                "\n",
                "key,parent,level,titleFr,indicators",
                "1,,GENERAL_OBJECTIVE,Objectif,",
                "1.1,1,ISSUE_AREA,Domaine,",
                "1.1.1,1.1,OPERATIONAL_OBJECTIVE,Objectif opérationnel,Appels au service");

        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Plan",
                "",
                Locale.FRENCH);

        assertThat(preview.problems())
                .extracting(PlanImport.Problem::line, PlanImport.Problem::column, PlanImport.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "indicators", "import.row.ambiguous"));
    }

    @Test
    void an_exported_csv_imports_back_with_the_template_chosen() {
        String csv = export.csv(plans.access(coordinator, planId), Locale.ENGLISH);
        assertThat(csv).contains("'=HYPERLINK");

        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Copie",
                "",
                Locale.FRENCH);
        assertThat(preview.problems()).isEmpty();

        assertThat(shape(imports.importPlan(coordinator, preview))).isEqualTo(shape(planId));
    }

    @Test
    void rows_whose_parent_comes_later_in_the_file_are_placed_under_it() {
        String csv = String.join(
                "\n", "key,parent,level,titleFr", "child,top,ISSUE_AREA,Domaine", "top,,GENERAL_OBJECTIVE,Objectif");
        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Ordre",
                "",
                Locale.FRENCH);
        assertThat(preview.problems()).isEmpty();

        UUID imported = imports.importPlan(coordinator, preview);

        var nodes = trees.of(plans.access(coordinator, imported), false).all();
        assertThat(nodes).extracting(node -> node.level().code()).containsExactly("GENERAL_OBJECTIVE", "ISSUE_AREA");
        assertThat(nodes.get(1).item().parentId()).isEqualTo(nodes.get(0).item().id());
    }

    @Test
    void an_exported_xlsx_is_laid_out_as_the_recovery_table_in_the_language_asked() throws Exception {
        byte[] xlsx = export.xlsx(plans.access(coordinator, planId), Locale.FRENCH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.sheetIterator())
                    .toIterable()
                    .extracting(Sheet::getSheetName)
                    .containsExactly("Plan", "Structure", "1.1 Enjeux sociaux", "1.2 Sécurité urbaine");
            Sheet social = workbook.getSheet("1.1 Enjeux sociaux");
            assertThat(cells(social.getRow(0)))
                    .startsWith(
                            "Enjeu",
                            "Objectif opérationnel",
                            "Action",
                            "Cibles",
                            "Organisation responsable",
                            "Responsable (nom d’utilisateur)",
                            "Collaborateurs",
                            "À quel moment (horizon)",
                            "Début",
                            "Fin",
                            "Commentaires")
                    .contains("Titre (anglais)", "Indicateurs", "Numéro", "Parent", "Niveau")
                    .doesNotContain("Titre (français)");
            assertThat(cells(social.getRow(1))).startsWith("Enjeux sociaux", "", "");
            assertThat(cells(social.getRow(2)))
                    .startsWith("", "Soutenir les organismes", "")
                    .contains("À risque")
                    .anyMatch(cell ->
                            cell.lines().sorted().toList().equals(List.of("Appels au service", "Appels; urgences")));
            assertThat(cells(social.getRow(3)))
                    .startsWith(
                            "",
                            "",
                            "Portrait des besoins",
                            "cible",
                            community.organization().nameFr(),
                            owner.username(),
                            community.organization().nameFr(),
                            "Moyen terme",
                            "2026-01-01",
                            "2026-06-30")
                    .anyMatch(cell -> cell.startsWith("=HYPERLINK"));
        }
    }

    @Test
    void a_recovery_table_typed_by_hand_imports_under_the_levels_its_columns_name() {
        String csv = String.join(
                "\n",
                "Objectif général,Enjeu,Objectif opérationnel,Action,Cibles,À quel moment (horizon),Indicateurs,État",
                "Limiter les effets,,,,,Court terme,,",
                ",Enjeux sociaux,,,,,,",
                ",,Soutenir les organismes,,,,appels au service,À risque",
                ",,,Portrait des besoins,Tous les organismes joints,moyen terme,,En bonne voie",
                ",,,Répertoire,,MEDIUM,,",
                ",,Briser l’isolement,,,,,",
                ",,,Appels d’amitié,,,,");
        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "À la main",
                "",
                Locale.FRENCH);
        assertThat(preview.problems()).isEmpty();

        UUID imported = imports.importPlan(coordinator, preview);

        var nodes = trees.of(plans.access(coordinator, imported), false).all();
        assertThat(nodes)
                .extracting(
                        node -> depth(nodes, node) + " " + node.item().details().titleFr())
                .containsExactly(
                        "0 Limiter les effets",
                        "1 Enjeux sociaux",
                        "2 Soutenir les organismes",
                        "3 Portrait des besoins",
                        "3 Répertoire",
                        "2 Briser l’isolement",
                        "3 Appels d’amitié");
        PlanItem.Details objective = nodes.get(2).item().details();
        assertThat(objective.indicatorIds()).containsExactly(indicatorId);
        assertThat(objective.statusCode()).isEqualTo("AT_RISK");
        PlanItem.Details action = nodes.get(3).item().details();
        assertThat(action.targetFr()).isEqualTo("Tous les organismes joints");
        assertThat(action.timeHorizon()).isEqualTo(TimeHorizon.MEDIUM);
        assertThat(nodes.get(4).item().details().timeHorizon()).isEqualTo(TimeHorizon.MEDIUM);
    }

    @Test
    void every_broken_row_is_reported_with_its_place_and_nothing_is_saved() {
        String csv = String.join(
                "\n",
                "key,parent,level,titleFr,leadOrganization,endDate,indicators",
                "1,,GENERAL_OBJECTIVE,Objectif,,,",
                "1.1,1,ISSUE_AREA,,Organisme inconnu,,",
                "1.2,1,ACTION,Action mal placée,,,",
                "1.3,9,ISSUE_AREA,Parent absent,,,",
                "1.4,1,ISSUE_AREA,Dates,,2026-13-01,",
                "1.4,1,ISSUE_AREA,Numéro repris,,,",
                "1.5,1.4,OPERATIONAL_OBJECTIVE,Indicateur,,,Indicateur inconnu");
        int before = plans.visibleTo(coordinator).size();

        PlanImport.Preview preview = imports.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Plan",
                "",
                Locale.FRENCH);

        assertThat(preview.clean()).isFalse();
        assertThat(preview.problems())
                .extracting(PlanImport.Problem::line, PlanImport.Problem::column, PlanImport.Problem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "titleFr", "import.row.title"),
                        org.assertj.core.groups.Tuple.tuple(3, "leadOrganization", "import.row.organization"),
                        org.assertj.core.groups.Tuple.tuple(4, "level", "import.row.levelPlacement"),
                        org.assertj.core.groups.Tuple.tuple(5, "parent", "import.row.parent"),
                        org.assertj.core.groups.Tuple.tuple(6, "endDate", "import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(7, "key", "import.row.key"),
                        org.assertj.core.groups.Tuple.tuple(8, "indicators", "import.row.indicator"));
        assertThatThrownBy(() -> imports.importPlan(coordinator, preview)).isInstanceOf(IllegalStateException.class);
        assertThat(plans.visibleTo(coordinator)).hasSize(before);
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_as_a_whole() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        byte[] brokenZip = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};

        assertThatThrownBy(() -> PlanSpreadsheets.read(image)).isInstanceOf(PlanSpreadsheets.UnreadableFile.class);
        assertThatThrownBy(() -> PlanSpreadsheets.read(brokenZip)).isInstanceOf(PlanSpreadsheets.UnreadableFile.class);
    }

    @Test
    void the_import_page_lists_the_problems_of_an_uploaded_file() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "plan.csv",
                "text/csv",
                "key,parent,level,titleFr\n1,,NOPE,Titre\n".getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/plans/import")
                        .file(file)
                        .param("templateId", template("RECOVERY").id().toString())
                        .param("titleFr", "Plan")
                        .with(csrf())
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Ce niveau n’existe pas dans le gabarit.").contains("Rien n’a été enregistré.");
    }

    /** The plan as level, titles, status, owner, lead, collaborators, horizon and category per item, in tree order. */
    private List<String> shape(UUID plan) {
        return trees.of(plans.access(coordinator, plan), false).all().stream()
                .map(node -> {
                    PlanItem.Details d = node.item().details();
                    return String.join(
                            "|",
                            node.level().code(),
                            d.titleFr(),
                            d.titleEn(),
                            String.valueOf(d.statusCode()),
                            String.valueOf(d.responsibleUserId()),
                            String.valueOf(d.leadOrganizationId()),
                            d.collaboratorIds().toString(),
                            String.valueOf(d.timeHorizon()),
                            String.valueOf(d.issueCategory()),
                            String.valueOf(d.startDate()),
                            String.valueOf(d.endDate()),
                            String.valueOf(d.progress()),
                            d.targetFr(),
                            d.targetEn(),
                            d.descriptionFr(),
                            d.descriptionEn(),
                            String.valueOf(d.planningArea()),
                            String.valueOf(d.measureType()),
                            d.indicatorIds().stream().sorted().toList().toString());
                })
                .toList();
    }

    private UUID add(UUID parent, String level, PlanItem.Details details) {
        return items.add(coordinator, planId, parent, level, details, UUID.randomUUID());
    }

    private static PlanItem.Details details(
            String title,
            UUID lead,
            UUID responsible,
            List<UUID> collaborators,
            TimeHorizon horizon,
            IssueCategory category) {
        return new PlanItem.Details(
                title,
                title + " (en)",
                "",
                "",
                lead,
                responsible,
                collaborators,
                horizon,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                "ON_TRACK",
                40,
                null,
                category,
                null,
                "cible",
                "target",
                List.of());
    }

    private static int depth(List<PlanTree.Node> nodes, PlanTree.Node node) {
        UUID parent = node.item().parentId();
        return parent == null
                ? 0
                : 1
                        + depth(
                                nodes,
                                nodes.stream()
                                        .filter(n -> n.item().id().equals(parent))
                                        .findFirst()
                                        .orElseThrow());
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static Indicator.Definition indicator(TestCommunity community, String name) {
        return new Indicator.Definition(
                name,
                name + " (en)",
                "",
                "",
                Unit.COUNT,
                Direction.LOWER_IS_BETTER,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                "",
                Frequency.MONTHLY,
                "",
                community.organization().id(),
                null,
                List.of());
    }

    private PlanTemplate template(String code) {
        return templates.available(community.community().id()).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
