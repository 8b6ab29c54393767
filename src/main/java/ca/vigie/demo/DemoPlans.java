package ca.vigie.demo;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.TimeHorizon;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.PastCycles;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Three plans of the demo community, written for the demo: a community safety and well-being plan,
 * a municipal recovery plan and a workplace-safety programme in four pillars.
 */
@Component
class DemoPlans {

    private final Plans plans;
    private final PlanItems items;
    private final PlanTemplates templates;
    private final IndicatorCatalog indicators;
    private final CommunityCalendar calendar;
    private final ReportingCycles cycles;
    private final PlanTree trees;
    private final PastCycles pastCycles;

    DemoPlans(
            Plans plans,
            PlanItems items,
            PlanTemplates templates,
            IndicatorCatalog indicators,
            CommunityCalendar calendar,
            ReportingCycles cycles,
            PlanTree trees,
            PastCycles pastCycles) {
        this.cycles = cycles;
        this.trees = trees;
        this.pastCycles = pastCycles;
        this.plans = plans;
        this.items = items;
        this.templates = templates;
        this.indicators = indicators;
        this.calendar = calendar;
    }

    /** What the demo needs to write one plan: who writes, who owns what, and the indicators by English name. */
    private final class Writer {
        final VigiePrincipal coordinator;
        final Map<String, VigiePrincipal> people;
        final Map<String, UUID> organizations;
        final Map<String, UUID> indicatorsByName = new java.util.HashMap<>();
        final LocalDate today;
        UUID planId;

        Writer(DemoCommunity community) {
            this.coordinator = community.people().get("coordinator");
            this.today = calendar.today(community.communityId());
            this.people = community.people();
            this.organizations = community.organizations();
            for (IndicatorTile tile : indicators.search(community.communityId(), null, null, false)) {
                indicatorsByName.put(tile.nameEn(), tile.id());
            }
        }

        void plan(
                String template,
                String titleFr,
                String titleEn,
                String descriptionFr,
                String descriptionEn,
                RollupRule rule) {
            PlanTemplate chosen = templates.available(coordinator.communityId()).stream()
                    .filter(t -> t.code().equals(template))
                    .findFirst()
                    .orElseThrow();
            LocalDate start = today.withDayOfYear(1).minusYears(1);
            planId = plans.create(
                    coordinator,
                    chosen.id(),
                    new Plan.Settings(
                            titleFr,
                            titleEn,
                            descriptionFr,
                            descriptionEn,
                            rule,
                            start,
                            start.plusYears(4).minusDays(1)),
                    UUID.randomUUID());
        }

        UUID item(@Nullable UUID parent, String level, Item item) {
            return items.add(coordinator, planId, parent, level, item.details(this), UUID.randomUUID());
        }
    }

    /** An item of the demo, with only what it needs set. */
    private record Item(
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            @Nullable String lead,
            @Nullable String responsible,
            List<String> collaborators,
            @Nullable TimeHorizon horizon,
            int startMonths,
            int lengthMonths,
            String status,
            @Nullable Integer progress,
            @Nullable PlanningArea area,
            @Nullable IssueCategory category,
            String targetFr,
            String targetEn,
            List<String> indicators) {

        static Item of(String titleFr, String titleEn, String status) {
            return new Item(
                    titleFr, titleEn, "", "", null, null, List.of(), null, 0, 0, status, null, null, null, "", "",
                    List.of());
        }

        Item describe(String fr, String en) {
            return new Item(
                    titleFr,
                    titleEn,
                    fr,
                    en,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item owned(String lead, String responsible, String... collaborators) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    List.of(collaborators),
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item when(TimeHorizon horizon, int startMonths, int lengthMonths) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item progress(int percent) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    percent,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item area(PlanningArea area) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item category(IssueCategory category) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    indicators);
        }

        Item target(String fr, String en) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    fr,
                    en,
                    indicators);
        }

        Item measuredBy(String... indicatorNames) {
            return new Item(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead,
                    responsible,
                    collaborators,
                    horizon,
                    startMonths,
                    lengthMonths,
                    status,
                    progress,
                    area,
                    category,
                    targetFr,
                    targetEn,
                    List.of(indicatorNames));
        }

        PlanItem.Details details(Writer writer) {
            LocalDate origin = writer.today.withDayOfMonth(1).minusMonths(12);
            List<UUID> collaboratorIds = new ArrayList<>();
            collaborators.forEach(key -> collaboratorIds.add(writer.organizations.get(key)));
            List<UUID> indicatorIds = new ArrayList<>();
            indicators.forEach(name -> {
                UUID id = writer.indicatorsByName.get(name);
                if (id != null) {
                    indicatorIds.add(id);
                }
            });
            return new PlanItem.Details(
                    titleFr,
                    titleEn,
                    descriptionFr,
                    descriptionEn,
                    lead == null ? null : writer.organizations.get(lead),
                    responsible == null ? null : writer.people.get(responsible).userId(),
                    collaboratorIds,
                    horizon,
                    lengthMonths == 0 ? null : origin.plusMonths(startMonths),
                    lengthMonths == 0
                            ? null
                            : origin.plusMonths(startMonths + lengthMonths).minusDays(1),
                    status,
                    progress,
                    area,
                    category,
                    null,
                    targetFr,
                    targetEn,
                    indicatorIds);
        }
    }

    void addTo(DemoCommunity community) {
        Writer plan = new Writer(community);
        safetyAndWellBeing(plan);
        // The plan's quarterly progress report is under way: every responsible person owes an update.
        cycles.open(plan.coordinator, plan.planId, CycleKind.QUARTERLY, null, null, plan.today.plusDays(10));
        recovery(new Writer(community));
        Writer workplace = new Writer(community);
        workplaceProgramme(workplace);
        openCycleWithSomeUpdatesLate(workplace, community);
    }

    /**
     * The workplace programme's monthly cycle, already past its due date: some owners reported,
     * others are late, so that the coordinator's view and the reminders have something to show.
     */
    private void openCycleWithSomeUpdatesLate(Writer w, DemoCommunity community) {
        LocalDate today = w.today;
        UUID cycle = cycles.open(w.coordinator, w.planId, CycleKind.MONTHLY, null, null, today);
        PlanAccess access = plans.access(w.coordinator, w.planId);
        VigiePrincipal office = community.people().get("office");
        trees.of(access, false).all().stream()
                .filter(node -> office.userId().equals(node.item().details().responsibleUserId()))
                .filter(node -> node.level().code().equals("INITIATIVE"))
                .limit(2)
                .forEach(node -> cycles.submit(
                        office,
                        w.planId,
                        cycle,
                        node.item().id(),
                        new ItemUpdate.Content(
                                node.item().details().statusCode(),
                                node.item().details().progress(),
                                "Trois séances de formation données à la patrouille de nuit; le guide d’animation est révisé.",
                                "Former les équipes d’enquête d’ici la fin du trimestre.",
                                "Les remplacements manquent pour libérer le personnel des quarts de soir."),
                        null));
        pastCycles.wasDue(cycle, today.minusDays(3));
    }

    private void safetyAndWellBeing(Writer w) {
        w.plan(
                "ONTARIO_CSWB",
                "Plan de sécurité et de bien-être communautaires de Baie-des-Hérons",
                "Heron Bay Community Safety and Well-being Plan",
                "Trois domaines d’intervention retenus par les partenaires pour quatre ans, revus chaque année.",
                "Three focus areas the partners chose for four years, reviewed every year.",
                RollupRule.WORST_CHILD);
        UUID violence = w.item(
                null,
                "FOCUS_AREA",
                Item.of("Violence familiale", "Family violence", "ON_TRACK")
                        .describe(
                                "Rendre les chemins vers la sécurité plus courts et plus sûrs pour les victimes et leurs enfants.",
                                "Make the paths to safety shorter and safer for victims and their children.")
                        .owned("victims", "chair")
                        .area(PlanningArea.PREVENTION)
                        .measuredBy("Repeat family-violence calls to the same address"));
        UUID paths = w.item(
                violence,
                "OBJECTIVE",
                Item.of("Renforcer les voies vers la sécurité", "Strengthen the pathways to safety", "ON_TRACK")
                        .area(PlanningArea.RISK_INTERVENTION)
                        .measuredBy(
                                "Situations accepted by the situation table",
                                "Share of situations concluded with risk lowered")
                        .target(
                                "Moins d’appels répétés à la même adresse d’ici la fin du plan.",
                                "Fewer repeat calls to the same address by the end of the plan."));
        UUID mapping = w.item(
                paths,
                "STRATEGY",
                Item.of(
                                "Cartographier les services offerts aux victimes",
                                "Map the services offered to victims",
                                "ON_TRACK")
                        .owned("victims", "chair", "police", "family")
                        .area(PlanningArea.PREVENTION));
        w.item(
                mapping,
                "ACTION",
                Item.of(
                                "Inventaire des portes d’entrée et des délais d’attente",
                                "Inventory of entry points and waiting times",
                                "COMPLETED")
                        .owned("victims", "chair", "police")
                        .when(TimeHorizon.SHORT, 0, 4)
                        .progress(100)
                        .area(PlanningArea.PREVENTION));
        w.item(
                mapping,
                "ACTION",
                Item.of(
                                "Protocole commun d’orientation entre la police et l’aide aux victimes",
                                "Shared referral protocol between police and victim services",
                                "AT_RISK")
                        .owned("police", "police", "victims")
                        .when(TimeHorizon.MEDIUM, 3, 9)
                        .progress(40)
                        .area(PlanningArea.RISK_INTERVENTION)
                        .target("Protocole signé par les deux organismes.", "Protocol signed by both agencies."));
        UUID mental = w.item(
                null,
                "FOCUS_AREA",
                Item.of("Santé mentale et dépendances", "Mental health and addictions", "ON_TRACK")
                        .describe(
                                "Que les personnes en crise rencontrent la bonne aide du premier coup.",
                                "People in crisis meet the right help the first time.")
                        .owned("health", "health")
                        .area(PlanningArea.RISK_INTERVENTION)
                        .measuredBy(
                                "Mental-health crisis calls received by police",
                                "Share of crisis calls handled by a mixed team"));
        UUID crisis = w.item(
                mental,
                "OBJECTIVE",
                Item.of("Répondre aux crises avec des équipes mixtes", "Answer crises with mixed teams", "ON_TRACK")
                        .area(PlanningArea.INCIDENT_RESPONSE)
                        .measuredBy("Emergency department handover time"));
        UUID teams = w.item(
                crisis,
                "STRATEGY",
                Item.of("Étendre les duos police et intervenant", "Expand officer and worker pairs", "ON_TRACK")
                        .owned("health", "health", "police")
                        .area(PlanningArea.INCIDENT_RESPONSE));
        w.item(
                teams,
                "ACTION",
                Item.of("Ajouter un duo de soirée en semaine", "Add a weekday evening pair", "ON_TRACK")
                        .owned("police", "police", "health")
                        .when(TimeHorizon.SHORT, 2, 8)
                        .progress(60)
                        .area(PlanningArea.INCIDENT_RESPONSE)
                        .target(
                                "Un duo disponible de 16 h à minuit, du lundi au vendredi.",
                                "One pair on duty from 4 p.m. to midnight, Monday to Friday."));
        w.item(
                teams,
                "ACTION",
                Item.of(
                                "Corridor d’accueil rapide à l’urgence",
                                "Fast-track corridor at the emergency department",
                                "NOT_STARTED")
                        .owned("health", "health")
                        .when(TimeHorizon.MEDIUM, 6, 12)
                        .area(PlanningArea.INCIDENT_RESPONSE));
        UUID discrimination = w.item(
                null,
                "FOCUS_AREA",
                Item.of("Discrimination systémique", "Systemic discrimination", "NOT_STARTED")
                        .describe(
                                "Repérer et corriger les façons de faire qui excluent certains groupes des services.",
                                "Find and fix ways of working that keep some groups out of services.")
                        .owned("city", "coordinator")
                        .area(PlanningArea.SOCIAL_DEVELOPMENT));
        UUID data = w.item(
                discrimination,
                "OBJECTIVE",
                Item.of(
                                "Mesurer l’accès aux services selon les groupes",
                                "Measure access to services across groups",
                                "NOT_STARTED")
                        .area(PlanningArea.SOCIAL_DEVELOPMENT));
        UUID collection = w.item(
                data,
                "STRATEGY",
                Item.of(
                                "Recueillir des données sociodémographiques volontaires",
                                "Collect voluntary socio-demographic data",
                                "NOT_STARTED")
                        .owned("city", "coordinator", "school", "health")
                        .area(PlanningArea.SOCIAL_DEVELOPMENT));
        w.item(
                collection,
                "ACTION",
                Item.of(
                                "Questionnaire commun co-construit avec les organismes communautaires",
                                "Shared questionnaire designed with community organisations",
                                "NOT_STARTED")
                        .owned("house", "owner", "city")
                        .when(TimeHorizon.MEDIUM, 9, 6)
                        .area(PlanningArea.SOCIAL_DEVELOPMENT));
    }

    private void recovery(Writer w) {
        w.plan(
                "RECOVERY",
                "Plan de rétablissement de la Ville de Baie-des-Hérons",
                "City of Heron Bay Recovery Plan",
                "Le rétablissement après la crise sanitaire, enjeu par enjeu, avec les partenaires du milieu.",
                "Recovering from the health crisis, issue by issue, with local partners.",
                RollupRule.SHARE_COMPLETED);
        UUID people = w.item(
                null,
                "GENERAL_OBJECTIVE",
                Item.of("Limiter les effets sur les personnes", "Limit the effects on people", "ON_TRACK")
                        .when(TimeHorizon.SHORT, 0, 0));
        UUID normal = w.item(
                null,
                "GENERAL_OBJECTIVE",
                Item.of("Revenir à un fonctionnement normal", "Return to normal operations", "ON_TRACK")
                        .when(TimeHorizon.MEDIUM, 0, 0));
        UUID risks = w.item(
                null,
                "GENERAL_OBJECTIVE",
                Item.of("Réduire les risques pour l’avenir", "Reduce future risks", "NOT_STARTED")
                        .when(TimeHorizon.LONG, 0, 0));
        recoveryArea(
                w,
                people,
                IssueCategory.SOCIAL,
                "Maintien des services à la population",
                "Keeping services going for residents",
                "Soutenir les organismes pour qu’ils reprennent leurs activités",
                "Help organisations resume their activities",
                "Portrait des besoins et des capacités de chaque organisme",
                "Profile of each organisation’s needs and capacity",
                "house",
                "owner",
                "COMPLETED",
                100,
                "Portrait réalisé pour tous les organismes financés.",
                "Profile done for every funded organisation.");
        recoveryArea(
                w,
                people,
                IssueCategory.URBAN_SAFETY,
                "Sécurité urbaine",
                "Urban safety",
                "Rassurer la population dans les lieux publics",
                "Reassure residents in public spaces",
                "Patrouilles à pied conjointes dans les parcs et au centre-ville",
                "Joint foot patrols in parks and downtown",
                "police",
                "police",
                "ON_TRACK",
                50,
                "Deux patrouilles par semaine pendant l’été.",
                "Two patrols a week over the summer.");
        recoveryArea(
                w,
                normal,
                IssueCategory.ECONOMIC,
                "Enjeux socio-économiques",
                "Socio-economic issues",
                "Appuyer la relance des commerces de proximité",
                "Support the restart of local businesses",
                "Guichet unique d’information pour les commerçants",
                "Single information desk for merchants",
                "city",
                "coordinator",
                "ON_TRACK",
                70,
                "Guichet ouvert cinq jours par semaine.",
                "Desk open five days a week.");
        recoveryArea(
                w,
                normal,
                IssueCategory.CROSS_CUTTING,
                "Continuité des services municipaux",
                "Continuity of municipal services",
                "Rétablir les services essentiels",
                "Restore essential services",
                "Plan de relève pour chaque service essentiel",
                "Succession plan for each essential service",
                "city",
                "coordinator",
                "AT_RISK",
                30,
                "Un plan par service, validé par la direction.",
                "One plan per service, approved by management.");
        recoveryArea(
                w,
                normal,
                IssueCategory.CROSS_CUTTING,
                "Communications",
                "Communications",
                "Garder le lien avec la population",
                "Stay in touch with residents",
                "Bulletin bilingue mensuel sur le rétablissement",
                "Monthly bilingual recovery newsletter",
                "city",
                "coordinator",
                "COMPLETED",
                100,
                "Douze numéros publiés.",
                "Twelve issues published.");
        recoveryArea(
                w,
                risks,
                IssueCategory.CROSS_CUTTING,
                "Ressources humaines",
                "Human resources",
                "Prendre soin du personnel",
                "Look after staff",
                "Sondage sur le climat de travail et suites à donner",
                "Work-climate survey and follow-up",
                "city",
                "coordinator",
                "NOT_STARTED",
                0,
                "Taux de réponse d’au moins 60 %.",
                "Response rate of at least 60%.");
    }

    private void recoveryArea(
            Writer w,
            UUID objective,
            IssueCategory category,
            String areaFr,
            String areaEn,
            String goalFr,
            String goalEn,
            String actionFr,
            String actionEn,
            String lead,
            String responsible,
            String status,
            int progress,
            String targetFr,
            String targetEn) {
        UUID area = w.item(
                objective,
                "ISSUE_AREA",
                Item.of(areaFr, areaEn, "ON_TRACK").category(category).owned(lead, responsible));
        UUID goal = w.item(area, "OPERATIONAL_OBJECTIVE", Item.of(goalFr, goalEn, "ON_TRACK"));
        w.item(
                goal,
                "ACTION",
                Item.of(actionFr, actionEn, status)
                        .owned(lead, responsible, "health", "house")
                        .when(TimeHorizon.SHORT, 1, 6)
                        .progress(progress)
                        .target(targetFr, targetEn));
    }

    private void workplaceProgramme(Writer w) {
        w.plan(
                "PILLARS",
                "Programme pour un milieu de travail sûr et respectueux",
                "Safe and Respectful Workplace Programme",
                "Prévenir le harcèlement, la discrimination et la violence au travail, soutenir les personnes, intervenir et rétablir les équipes.",
                "Prevent harassment, discrimination and violence at work, support people, intervene, and help teams recover.",
                RollupRule.WORST_CHILD);
        UUID prevention = w.item(
                null,
                "PILLAR",
                Item.of("Prévention", "Prevention", "ON_TRACK")
                        .owned("police", "office")
                        .measuredBy("Staff trained in active bystandership"));
        w.item(
                prevention,
                "INITIATIVE",
                Item.of(
                                "Formation à l’intervention des témoins pour tout le personnel",
                                "Bystander intervention training for all staff",
                                "ON_TRACK")
                        .owned("police", "office")
                        .when(null, 0, 18)
                        .progress(64));
        w.item(
                prevention,
                "INITIATIVE",
                Item.of("Nouveau code de conduite professionnelle", "New code of professional conduct", "COMPLETED")
                        .owned("police", "office")
                        .when(null, 0, 8)
                        .progress(100));
        UUID support =
                w.item(null, "PILLAR", Item.of("Soutien", "Support", "ON_TRACK").owned("police", "investigator"));
        w.item(
                support,
                "INITIATIVE",
                Item.of("Réseau de pairs aidants élargi", "Wider peer support network", "ON_TRACK")
                        .owned("police", "investigator", "health")
                        .when(null, 2, 12)
                        .progress(55));
        w.item(
                support,
                "INITIATIVE",
                Item.of("Parcours de retour au travail", "Return-to-work pathway", "NOT_STARTED")
                        .owned("police", "investigator")
                        .when(null, 10, 8));
        UUID intervention = w.item(
                null,
                "PILLAR",
                Item.of("Intervention", "Intervention", "AT_RISK")
                        .owned("office", "office")
                        .measuredBy(
                                "Days to first contact after a complaint",
                                "Complaints received by the workplace-safety office",
                                "Complaint deadlines met on time"));
        w.item(
                intervention,
                "INITIATIVE",
                Item.of(
                                "Bureau indépendant de la sécurité au travail",
                                "Independent workplace safety office",
                                "COMPLETED")
                        .owned("office", "office")
                        .when(null, 0, 6)
                        .progress(100));
        w.item(
                intervention,
                "INITIATIVE",
                Item.of("Processus d’accueil normalisé des plaintes", "Standard complaint intake process", "AT_RISK")
                        .owned("office", "office")
                        .when(null, 6, 9)
                        .progress(35)
                        .target(
                                "Un seul formulaire pour tous les types de plaintes.",
                                "One form for every kind of complaint."));
        UUID recovery = w.item(
                null,
                "PILLAR",
                Item.of("Rétablissement", "Recovery", "NOT_STARTED").owned("office", "investigator"));
        w.item(
                recovery,
                "INITIATIVE",
                Item.of("Accompagnement en situation de conflit", "Conflict coaching", "ON_TRACK")
                        .owned("office", "investigator")
                        .when(null, 4, 12)
                        .progress(45));
        w.item(
                recovery,
                "INITIATIVE",
                Item.of("Ligne d’aide en cas de conflit", "Conflict help line", "NOT_STARTED")
                        .owned("office", "investigator")
                        .when(null, 12, 6));
    }
}
