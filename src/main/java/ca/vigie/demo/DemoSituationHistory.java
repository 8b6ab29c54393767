package ca.vigie.demo;

import ca.vigie.situations.SituationSettings;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.PastSituations;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.cases.TeamRole;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two years of invented history for the demo table: a meeting every other week and two to four
 * situations at each, at every stage and with every kind of outcome, so that statistics and computed
 * indicators have something to show. Recorded as history, each step on the day it happened; a concluded
 * situation past the retention period has lost its details.
 * Drawn from a fixed seed, so every demo shows the same history.
 */
@Component
class DemoSituationHistory {

    /** Summaries written for the demo; none describes a real person. */
    private static final List<String> SUMMARIES = List.of(
            "Personne âgée isolée, factures impayées et logement en mauvais état; refuse les visites jusqu’ici.",
            "Adolescent absent de l’école depuis un mois, conflits graves à la maison, fréquentations inquiétantes.",
            "Famille menacée d’expulsion, un parent en détresse psychologique, enfants en bas âge.",
            "Jeune adulte sans logement, consommation en hausse, plusieurs appels pour détresse en public.",
            "Logement insalubre signalé à répétition; la personne occupante semble désorganisée.",
            "Violence conjugale soupçonnée, victime réticente à porter plainte, enfants témoins.",
            "Homme d’âge moyen ayant perdu son emploi, propos suicidaires rapportés par un proche.",
            "Secteur où se multiplient les rassemblements tard le soir, intimidation signalée par des résidents.",
            "Aîné dont les finances semblent contrôlées par un tiers, perte d’autonomie récente.",
            "Adolescente en fugue à répétition, contacts avec des adultes qui l’exploiteraient possiblement.");

    private final PastSituations past;
    private final SituationReference reference;
    private final CommunityCalendar calendar;
    private final int retentionDays;

    DemoSituationHistory(
            PastSituations past, SituationReference reference, CommunityCalendar calendar, SituationSettings settings) {
        this.retentionDays = settings.retentionDays();
        this.past = past;
        this.reference = reference;
        this.calendar = calendar;
    }

    /** Adds the history up to yesterday; returns how many situations it brought to the table. */
    int addTo(DemoCommunity community, UUID tableId, List<String> partners, LocalDate today) {
        Random random = new Random(20_241_125L);
        UUID communityId = community.communityId();
        UUID chair = community.people().get("chair").userId();
        ZoneId zone = calendar.zone(communityId);
        List<UUID> risk = ids(communityId, ReferenceList.RISK_FACTOR);
        List<UUID> protective = ids(communityId, ReferenceList.PROTECTIVE_FACTOR);
        List<UUID> services = ids(communityId, ReferenceList.SERVICE);
        List<ReferenceValue> reasons = reference.choices(communityId, ReferenceList.CONCLUSION_REASON);
        List<UUID> lowered = reasons.stream()
                .filter(reason -> "RISK_LOWERED".equals(reason.grouping()))
                .map(ReferenceValue::id)
                .toList();
        List<UUID> elevated = reasons.stream()
                .filter(reason -> !"RISK_LOWERED".equals(reason.grouping()))
                .map(ReferenceValue::id)
                .toList();
        int count = 0;
        for (LocalDate heldOn = today.minusYears(2); heldOn.isBefore(today); heldOn = heldOn.plusWeeks(2)) {
            UUID meetingId = UUID.randomUUID();
            past.meeting(meetingId, communityId, tableId, heldOn, chair, at(zone, heldOn.minusDays(14), 9));
            int situations = 2 + random.nextInt(3);
            for (int i = 0; i < situations; i++) {
                String origin = pick(random, List.of("police", "police", "police", "health", "health", "family"));
                String opener = "family".equals(origin) ? "chair" : origin;
                Seed seed = new Seed(
                        UUID.randomUUID(),
                        communityId,
                        community.organizations().get(origin),
                        community.people().get(opener).userId(),
                        heldOn,
                        meetingId,
                        zone);
                situation(random, communityId, tableId, chair, seed, today, risk, protective);
                if (seed.stage != Stage.REJECTED) {
                    team(random, community, seed, partners);
                    services(random, seed, services);
                    conclude(random, seed, today, random.nextInt(100) < 72 ? lowered : elevated);
                }
                count++;
            }
        }
        return count;
    }

    /** What is drawn for one situation, filled in step by step. */
    private static final class Seed {
        final UUID id;
        final UUID communityId;
        final UUID origin;
        final UUID openedBy;
        final LocalDate heldOn;
        final UUID meetingId;
        final ZoneId zone;
        Stage stage = Stage.ACCEPTED;
        final Set<UUID> team = new LinkedHashSet<>();

        Seed(UUID id, UUID communityId, UUID origin, UUID openedBy, LocalDate heldOn, UUID meetingId, ZoneId zone) {
            this.id = id;
            this.communityId = communityId;
            this.origin = origin;
            this.openedBy = openedBy;
            this.heldOn = heldOn;
            this.meetingId = meetingId;
            this.zone = zone;
        }
    }

    private void situation(
            Random random,
            UUID communityId,
            UUID tableId,
            UUID chair,
            Seed seed,
            LocalDate today,
            List<UUID> risk,
            List<UUID> protective) {
        SituationType type = pick(
                random,
                weighted(
                        SituationType.PERSON,
                        14,
                        SituationType.FAMILY,
                        4,
                        SituationType.DWELLING,
                        1,
                        SituationType.NEIGHBOURHOOD,
                        1));
        AgeBand ageBand = type.hasAgeBand() ? pick(random, List.of(AgeBand.values())) : null;
        Gender gender = type == SituationType.FAMILY
                ? Gender.MULTIPLE
                : pick(
                        random,
                        weighted(Gender.WOMAN_GIRL, 9, Gender.MAN_BOY, 9, Gender.ANOTHER_GENDER, 1, Gender.UNKNOWN, 1));
        boolean rejected = random.nextInt(100) < 18;
        seed.stage = rejected ? Stage.REJECTED : Stage.ACCEPTED;
        int missing = random.nextInt(4);
        past.tabled(
                new PastSituations.Tabled(
                        seed.id,
                        communityId,
                        tableId,
                        seed.meetingId,
                        seed.origin,
                        rejected ? null : seed.openedBy,
                        at(seed.zone, seed.heldOn.minusDays(3 + random.nextInt(4)), 10),
                        at(seed.zone, seed.heldOn.minusDays(2), 15),
                        at(seed.zone, seed.heldOn, 11),
                        chair,
                        rejected,
                        type,
                        ageBand,
                        gender,
                        rejected ? null : pick(random, SUMMARIES),
                        !rejected || missing != 0,
                        !rejected || missing != 1,
                        !rejected || missing != 2,
                        !rejected || missing != 3),
                rejected ? List.of() : distinct(random, risk, 1 + random.nextInt(4)),
                rejected ? List.of() : distinct(random, protective, random.nextInt(3)));
    }

    /** The lead and assisting organisations, each told the details at filter 3 unless it brought the situation. */
    private void team(Random random, DemoCommunity community, Seed seed, List<String> partners) {
        UUID lead = random.nextInt(100) < 60
                ? seed.origin
                : community.organizations().get(pick(random, partners));
        seed.team.add(lead);
        for (String partner : distinct(random, partners, random.nextInt(3))) {
            seed.team.add(community.organizations().get(partner));
        }
        for (UUID organization : seed.team) {
            past.teamMember(
                    seed.id,
                    organization,
                    organization.equals(lead) ? TeamRole.LEAD : TeamRole.ASSISTING,
                    organization.equals(seed.origin)
                            ? null
                            : pick(random, List.of(LegalBasis.CONSENT, LegalBasis.ONTARIO_PHIPA_40_1)),
                    seed.openedBy,
                    at(seed.zone, seed.heldOn, 12));
        }
        seed.stage = Stage.INTERVENTION;
    }

    private void services(Random random, Seed seed, List<UUID> services) {
        past.intervention(seed.id, seed.heldOn.plusDays(1), distinct(random, services, 1 + random.nextInt(3)));
    }

    /**
     * Concludes the situation some days after its meeting, unless that day has not come yet: then the
     * team is still at work and keeps the details. Past the retention period they are destroyed.
     */
    private void conclude(Random random, Seed seed, LocalDate today, List<UUID> reasons) {
        LocalDate concludedOn = seed.heldOn.plusDays(2 + random.nextInt(44));
        boolean concluded = concludedOn.isBefore(today);
        if (concluded) {
            past.concluded(seed.id, pick(random, reasons), concludedOn);
        }
        LocalDate destroyedOn = concludedOn.plusDays(retentionDays);
        if (concluded && !destroyedOn.isAfter(today)) {
            past.detailsDestroyed(seed.id, at(seed.zone, destroyedOn, 2));
            return;
        }
        past.identity(
                seed.id,
                "Personne fictive " + seed.id.toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT));
    }

    private List<UUID> ids(UUID communityId, ReferenceList list) {
        return reference.choices(communityId, list).stream()
                .map(ReferenceValue::id)
                .toList();
    }

    private static Instant at(ZoneId zone, LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> distinct(Random random, List<T> values, int howMany) {
        List<T> shuffled = new ArrayList<>(new LinkedHashSet<>(values));
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(howMany, shuffled.size()));
    }

    private static <T> List<T> weighted(Object... valuesAndWeights) {
        List<T> bag = new ArrayList<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) valuesAndWeights[i];
            for (int n = 0; n < (Integer) valuesAndWeights[i + 1]; n++) {
                bag.add(value);
            }
        }
        return bag;
    }
}
