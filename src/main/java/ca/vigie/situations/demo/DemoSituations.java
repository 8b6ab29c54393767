package ca.vigie.situations.demo;

import ca.vigie.organizations.DemoCommunityCreated;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Situation;
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
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo community's situation table: six partners under agreements in force and one whose
 * agreement has lapsed, three representatives with the family services' one in the chair, and a
 * fictional situation the police opened at filter 1.
 */
@Component
class DemoSituations {

    private final SituationTables tables;
    private final Situations situations;
    private final SituationReference reference;

    DemoSituations(SituationTables tables, Situations situations, SituationReference reference) {
        this.tables = tables;
        this.situations = situations;
        this.reference = reference;
    }

    @EventListener
    @Order(3)
    void addTo(DemoCommunityCreated community) {
        VigiePrincipal admin = community.people().get("admin");
        LocalDate today = tables.today();
        UUID table =
                tables.create(admin, "Table de concertation du centre", "Downtown situation table", UUID.randomUUID());
        for (String partner : List.of("police", "health", "family", "school", "housing", "house")) {
            tables.recordAgreement(
                    admin,
                    table,
                    community.organizations().get(partner),
                    "ESI-BDH-2025-" + partner.toUpperCase(Locale.ROOT),
                    today.minusMonths(10),
                    today.plusYears(2));
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

    private UUID factor(DemoCommunityCreated community, String code) {
        return byCode(community, ReferenceList.RISK_FACTOR, code);
    }

    private UUID protective(DemoCommunityCreated community, String code) {
        return byCode(community, ReferenceList.PROTECTIVE_FACTOR, code);
    }

    private UUID byCode(DemoCommunityCreated community, ReferenceList list, String code) {
        return reference.choices(community.communityId(), list).stream()
                .filter(value -> value.code().equals(code))
                .map(ReferenceValue::id)
                .findFirst()
                .orElseThrow();
    }
}
