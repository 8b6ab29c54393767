package ca.vigie.demo;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.Involvement;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo community's situation table: six partners under agreements in force and one whose
 * agreement has lapsed, three representatives with the family services' one in the chair, two years
 * of invented history, and today's meeting, where one situation shows three views: the police lead
 * its team and the family services assist, so both see the person's details; health was told them at
 * filter 3 but is not on the team, so it sees the de-identified facts only. A last situation, just
 * opened by the police, is theirs alone.
 */
@Component
class DemoSituations {

    static final List<String> PARTNERS = List.of("police", "health", "family", "school", "housing", "house");

    private final SituationDecisions decisions;
    private final SituationTables tables;
    private final Situations situations;
    private final Meetings meetings;
    private final Disclosures disclosures;
    private final Interventions interventions;
    private final SituationReference reference;
    private final DemoSituationHistory history;

    DemoSituations(
            SituationTables tables,
            Situations situations,
            Meetings meetings,
            Disclosures disclosures,
            Interventions interventions,
            SituationReference reference,
            DemoSituationHistory history,
            SituationDecisions decisions) {
        this.decisions = decisions;
        this.tables = tables;
        this.situations = situations;
        this.meetings = meetings;
        this.disclosures = disclosures;
        this.interventions = interventions;
        this.reference = reference;
        this.history = history;
    }

    void addTo(DemoCommunity community) {
        VigiePrincipal admin = community.people().get("admin");
        LocalDate today = tables.today(admin.communityId());
        UUID table =
                tables.create(admin, "Table de concertation du centre", "Downtown situation table", UUID.randomUUID());
        for (String partner : PARTNERS) {
            tables.recordAgreement(
                    admin,
                    table,
                    community.organizations().get(partner),
                    "ESI-BDH-2025-" + partner.toUpperCase(Locale.ROOT),
                    today.minusMonths(10),
                    // The school board's agreement comes up for renewal soon, for the administrator to see.
                    partner.equals("school") ? today.plusDays(45) : today.plusYears(2));
        }
        tables.recordAgreement(
                admin,
                table,
                community.organizations().get("victims"),
                "ESI-BDH-2022-VICTIMS",
                today.minusYears(3),
                today.minusDays(12));
        for (String person : List.of("chair", "police", "health")) {
            tables.addRepresentative(
                    admin, table, community.people().get(person).userId());
        }
        tables.setChair(admin, table, community.people().get("chair").userId());
        history.addTo(community, table, PARTNERS, today);
        threeViews(community, table);

        situations.open(
                community.people().get("police"),
                table,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_18_24,
                        Gender.MAN_BOY,
                        "Jeune adulte sans logement stable depuis l’automne. Quatre appels en deux semaines pour "
                                + "détresse dans des lieux publics; il refuse pour l’instant l’hébergement d’urgence.",
                        List.of(factor(community, "HOUSING_HOMELESS"), factor(community, "MENTAL_HEALTH_SUSPECTED")),
                        List.of(protective(community, "OPEN_TO_HELP"))),
                new Situation.Identity("Personne fictive (démo)", "", "", ""),
                UUID.randomUUID());
    }

    /** Today's meeting: a situation accepted, revealed to those present, and handed to a team without health. */
    private void threeViews(DemoCommunity community, UUID table) {
        VigiePrincipal chair = community.people().get("chair");
        VigiePrincipal police = community.people().get("police");
        VigiePrincipal health = community.people().get("health");
        UUID meeting = meetings.schedule(chair, table, meetings.today(chair.communityId()), UUID.randomUUID());
        UUID id = situations.open(
                police,
                table,
                new Situation.Facts(
                        SituationType.FAMILY,
                        AgeBand.AGE_30_39,
                        Gender.MULTIPLE,
                        "Mère seule avec deux enfants, menaces répétées d’un ex-conjoint, logement perdu à la fin du "
                                + "mois. Elle accepte d’être rencontrée.",
                        List.of(factor(community, "HOUSING_EVICTION"), factor(community, "PHYSICAL_VIOLENCE_VICTIM")),
                        List.of(protective(community, "OPEN_TO_HELP"))),
                new Situation.Identity("Famille fictive (démo)", "1991-06-14", "Adresse fictive (démo)", ""),
                UUID.randomUUID());
        decisions.table(police, id, meeting);
        meetings.recordAttendance(chair, meeting, List.of(chair.userId(), police.userId(), health.userId()));
        decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));
        disclosures.reveal(police, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        disclosures.answer(health, id, Involvement.NOT_INVOLVED);
        disclosures.answer(chair, id, Involvement.INVOLVED);
        interventions.formTeam(
                chair,
                id,
                community.organizations().get("police"),
                List.of(community.organizations().get("family")));
        interventions.addNote(
                police,
                id,
                "Rencontre prévue demain avec l’intervenante en violence conjugale; hébergement à confirmer.",
                UUID.randomUUID());

        UUID accepted = situations.open(
                health,
                table,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_60_PLUS,
                        Gender.MAN_BOY,
                        "Homme âgé vivant seul, chutes répétées, nourriture insuffisante; refuse jusqu’ici le soutien "
                                + "à domicile.",
                        List.of(factor(community, "BASIC_NEEDS_PERSON"), factor(community, "PHYSICAL_HEALTH_PERSON")),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        decisions.table(health, accepted, meeting);
        decisions.decide(chair, accepted, new Situation.Criteria(true, true, true, true));

        UUID next = meetings.schedule(
                chair, table, meetings.today(chair.communityId()).plusWeeks(2), UUID.randomUUID());
        UUID tabled = situations.open(
                chair,
                table,
                new Situation.Facts(
                        SituationType.DWELLING,
                        null,
                        Gender.UNKNOWN,
                        "Logement où s’accumulent les déchets, odeurs signalées par le voisinage, occupant rarement vu.",
                        List.of(factor(community, "HOUSING_UNSAFE")),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        decisions.table(chair, tabled, next);
    }

    private UUID factor(DemoCommunity community, String code) {
        return byCode(community, ReferenceList.RISK_FACTOR, code);
    }

    private UUID protective(DemoCommunity community, String code) {
        return byCode(community, ReferenceList.PROTECTIVE_FACTOR, code);
    }

    private UUID byCode(DemoCommunity community, ReferenceList list, String code) {
        return reference.choices(community.communityId(), list).stream()
                .filter(value -> value.code().equals(code))
                .map(ReferenceValue::id)
                .findFirst()
                .orElseThrow();
    }
}
