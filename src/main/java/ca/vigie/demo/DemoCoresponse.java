package ca.vigie.demo;

import ca.vigie.coresponse.calls.ApprehensionBasis;
import ca.vigie.coresponse.calls.CallAction;
import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.Origin;
import ca.vigie.coresponse.calls.PastCalls;
import ca.vigie.coresponse.calls.SafetyFlag;
import ca.vigie.coresponse.calls.WithoutTeam;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.notes.SharingBasis;
import ca.vigie.coresponse.teams.Law;
import ca.vigie.coresponse.teams.Roster;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.TeamRole;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.AreaRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo town's mixed team: the police service and the health centre under Québec's law, two dyads
 * (M-10 and M-20) worked by `police` and `health`, a roster for the fortnight, and eighteen months of
 * invented calls with the hours, sources and endings such a team sees. Apprehensions grow rarer and
 * emergency-department waits shorter over the months, as the steering committee would hope to read.
 */
@Component
class DemoCoresponse {

    private static final int MONTHS = 18;

    /** Relative weight of each hour of the day: quiet nights, busy evenings. */
    private static final int[] HOURS = {2, 1, 1, 1, 1, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 7, 8, 8, 8, 7, 6, 4, 3};

    private static final List<String> FIRST_NAMES = List.of(
            "Adèle",
            "Benoît",
            "Carole",
            "Dario",
            "Élise",
            "Félix",
            "Gisèle",
            "Hugo",
            "Inès",
            "Jacob",
            "Karine",
            "Léon",
            "Mireille",
            "Noah",
            "Odile",
            "Pascal",
            "Rosalie",
            "Sami",
            "Thérèse",
            "Ulysse",
            "Valérie",
            "William",
            "Yvette",
            "Zacharie",
            "Amira",
            "Bruno",
            "Chloé",
            "Denis",
            "Estelle",
            "Frédéric");
    private static final List<String> LAST_NAMES = List.of(
            "Arsenault",
            "Brisebois",
            "Castonguay",
            "Dufresne",
            "Ennis",
            "Fontaine",
            "Gaudreault",
            "Hébert",
            "Ibrahim",
            "Jolicoeur",
            "Kowalski",
            "Lapointe",
            "Marchand",
            "Nadeau",
            "Ouellet",
            "Pelletier",
            "Quintal",
            "Rioux",
            "Savard",
            "Thibodeau");

    private final Teams teams;
    private final Roster roster;
    private final PastCalls past;
    private final Notes notes;
    private final DemoCaseload caseload;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    DemoCoresponse(
            Teams teams,
            Roster roster,
            PastCalls past,
            Notes notes,
            DemoCaseload caseload,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.teams = teams;
        this.roster = roster;
        this.past = past;
        this.notes = notes;
        this.caseload = caseload;
        this.directory = directory;
        this.calendar = calendar;
    }

    void addTo(DemoCommunity community) {
        VigiePrincipal admin = community.people().get("admin");
        VigiePrincipal police = community.people().get("police");
        VigiePrincipal health = community.people().get("health");
        UUID team = teams.create(admin, "Équipe mixte de la Baie", "Bay Mixed Response Team", UUID.randomUUID());
        teams.configure(admin, team, Law.QUEBEC, community.organizations().get("police"), 0);
        teams.addPartner(admin, team, community.organizations().get("health"));
        teams.addMember(admin, team, police.userId(), TeamRole.OFFICER);
        teams.addMember(admin, team, health.userId(), TeamRole.LEAD);
        teams.addMember(admin, team, community.people().get("coordinator").userId(), TeamRole.STEERING);
        List<UUID> dyads = List.of(teams.addDyad(admin, team, "M-10"), teams.addDyad(admin, team, "M-20"));

        LocalDate today = calendar.today(community.communityId());
        for (int day = -1; day < 14; day++) {
            LocalDate on = today.plusDays(day);
            roster.add(
                    admin,
                    team,
                    dyads.get(Math.floorMod(day, 2)),
                    police.userId(),
                    health.userId(),
                    on.atTime(8, 0),
                    on.atTime(20, 0));
        }
        History history = new History(community, team, dyads, List.of(police, health));
        history.write(today);
        notesAbout(history.regular(), teams.seat(police, team), teams.seat(health, team));
        caseload.write(history.people(DemoCaseload.ENROLLED + 3), teams.seat(police, team), teams.seat(health, team));
    }

    /**
     * Police and health see different notes about the same person: each side's own, the team's, and one
     * thing health passed to police with the person's consent.
     */
    private void notesAbout(UUID person, Seat police, Seat health) {
        notes.write(
                police,
                person,
                "Mandat d'amener annulé le mois dernier. Se présenter à deux, sans uniforme si possible.",
                false,
                UUID.randomUUID());
        UUID clinical = notes.write(
                health,
                person,
                "Suivi en psychiatrie depuis l'hiver; a cessé sa médication il y a trois semaines. Sa sœur est la"
                        + " personne de confiance.",
                false,
                UUID.randomUUID());
        notes.write(health, person, "Chien craintif à la maison : frapper et attendre.", true, UUID.randomUUID());
        notes.share(
                health,
                clinical,
                "Traitement interrompu récemment : privilégier l'approche de l'intervenante, appeler sa sœur au besoin.",
                SharingBasis.CONSENT,
                "",
                UUID.randomUUID());
    }

    /** The team's invented past, drawn from a fixed seed so that every demo shows the same one. */
    private final class History {

        private final Random random = new Random(16);
        private final DemoCommunity community;
        private final UUID team;
        private final List<UUID> dyads;
        private final List<VigiePrincipal> recorders;
        private final List<UUID> areas;
        private final ZoneId zone;
        private final List<@Nullable UUID> people = new ArrayList<>();
        private int incident = 4100;

        History(DemoCommunity community, UUID team, List<UUID> dyads, List<VigiePrincipal> recorders) {
            this.community = community;
            this.team = team;
            this.dyads = dyads;
            this.recorders = recorders;
            this.areas = directory.areas(community.communityId()).stream()
                    .map(AreaRef::id)
                    .toList();
            this.zone = calendar.zone(community.communityId());
        }

        void write(LocalDate today) {
            LocalDate first = today.minusMonths(MONTHS);
            List<PastCalls.Past> calls = new ArrayList<>();
            List<PastCalls.Incident> incidents = new ArrayList<>();
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                double progress = (double) (day.toEpochDay() - first.toEpochDay()) / (MONTHS * 30.4);
                int count = Math.max(0, (int) Math.round(2.75 + random.nextGaussian() * 1.3));
                int dispatched = 0;
                for (int i = 0; i < count; i++) {
                    boolean last = day.equals(today.minusDays(1)) && i >= count - 2;
                    PastCalls.Past call = call(day, progress, !last);
                    calls.add(call);
                    if (call.facts().incidentNumber() != null) {
                        dispatched++;
                        incidents.add(new PastCalls.Incident(
                                call.facts().incidentNumber(),
                                call.facts().times().receivedAt(),
                                true));
                    }
                }
                // Dispatch's other mental-health calls of the day, sent to patrols: fewer as the team grows.
                double share = 0.35 + 0.25 * progress;
                long others = Math.round(dispatched * (1 / share - 1));
                for (int i = 0; i < others; i++) {
                    incidents.add(new PastCalls.Incident(
                            "BH-P-" + day + "-" + i,
                            day.atTime(weighted(HOURS), random.nextInt(60))
                                    .atZone(zone)
                                    .toInstant(),
                            false));
                }
            }
            past.calls(calls);
            past.incidents(team, community.communityId(), incidents);
        }

        private PastCalls.Past call(LocalDate day, double progress, boolean complete) {
            int hour = weighted(HOURS);
            Instant received = day.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
            CallSource source = pick(new CallSource[] {
                CallSource.DISPATCH_911, CallSource.DISPATCH_911, CallSource.DISPATCH_911, CallSource.DISPATCH_911,
                CallSource.DISPATCH_911, CallSource.PATROL_REQUEST, CallSource.PATROL_REQUEST, CallSource.DIRECT_CALL,
                CallSource.PARTNER_REFERRAL, CallSource.WALK_IN
            });
            boolean dispatched = source == CallSource.DISPATCH_911 || source == CallSource.PATROL_REQUEST;
            Instant sent = dispatched ? minutes(received, 2, 12) : null;
            Instant onScene = minutes(sent != null ? sent : received, source == CallSource.WALK_IN ? 0 : 4, 25);
            Disposition disposition = disposition(progress);
            Instant arrival = null;
            Instant handover = null;
            Instant cleared;
            if (disposition.takesToHospital()) {
                arrival = minutes(onScene, 25, 50);
                // The wait at the emergency department shortens as the team and the hospital agree on a handover.
                int longest = (int) Math.round(200 - 90 * progress);
                handover = minutes(arrival, 20, longest);
                cleared = minutes(handover, 5, 15);
            } else {
                cleared = minutes(onScene, 20, 110);
            }
            String number = dispatched
                    ? "BH-" + received.atZone(zone).getYear() + "-" + String.format("%06d", incident++)
                    : null;
            return new PastCalls.Past(
                    team,
                    community.communityId(),
                    recorders.get(random.nextInt(recorders.size())).userId(),
                    Origin.FIELD,
                    new CallFacts(
                            dyads.get(random.nextInt(dyads.size())),
                            number,
                            source,
                            source == CallSource.PATROL_REQUEST || random.nextInt(7) == 0
                                    ? CallRole.SUPPORT
                                    : CallRole.PRIMARY,
                            new CallTimes(
                                    received,
                                    sent,
                                    onScene,
                                    complete ? cleared : null,
                                    complete ? arrival : null,
                                    complete ? handover : null),
                            random.nextInt(7) == 0 ? null : areas.get(random.nextInt(areas.size())),
                            natures(),
                            random.nextInt(5) == 0 ? Set.of(pick(SafetyFlag.values())) : Set.of(),
                            actions(disposition),
                            complete ? disposition : null,
                            complete && disposition == Disposition.APPREHENSION ? basis() : null,
                            complete ? withoutTeam(disposition) : null,
                            random.nextInt(100) < 35 ? person(received) : null));
        }

        private Disposition disposition(double progress) {
            int roll = random.nextInt(1000);
            int apprehension = (int) Math.round(110 - 60 * progress);
            if (roll < apprehension) {
                return Disposition.APPREHENSION;
            }
            roll -= apprehension;
            int[] weights = {380, 220, 140, 30, 20, 60, 50, 30};
            Disposition[] others = {
                Disposition.RESOLVED_ON_SCENE, Disposition.REFERRAL, Disposition.VOLUNTARY_TRANSPORT,
                        Disposition.ARREST,
                Disposition.TICKET, Disposition.DECLINED, Disposition.GONE_ON_ARRIVAL, Disposition.OTHER
            };
            return others[weighted(weights)];
        }

        private ApprehensionBasis basis() {
            int roll = random.nextInt(10);
            return roll < 8
                    ? ApprehensionBasis.QC_S8_CRISIS_WORKER
                    : roll == 8 ? ApprehensionBasis.QC_S8_RELATIVE : ApprehensionBasis.QC_COURT_ORDER;
        }

        private WithoutTeam withoutTeam(Disposition disposition) {
            return switch (disposition) {
                case APPREHENSION -> WithoutTeam.APPREHENSION;
                case ARREST -> WithoutTeam.ARREST;
                case VOLUNTARY_TRANSPORT ->
                    random.nextInt(3) == 0 ? WithoutTeam.APPREHENSION : WithoutTeam.EMERGENCY_VISIT;
                default ->
                    pick(new WithoutTeam[] {
                        WithoutTeam.EMERGENCY_VISIT,
                        WithoutTeam.EMERGENCY_VISIT,
                        WithoutTeam.EMERGENCY_VISIT,
                        WithoutTeam.APPREHENSION,
                        WithoutTeam.ARREST,
                        WithoutTeam.PATROL_TIME,
                        WithoutTeam.PATROL_TIME,
                        WithoutTeam.NOTHING_DIFFERENT,
                        WithoutTeam.NOTHING_DIFFERENT
                    });
            };
        }

        private Set<Nature> natures() {
            Set<Nature> natures = EnumSet.of(pick(new Nature[] {
                Nature.SUICIDAL_IDEATION, Nature.SUICIDAL_IDEATION, Nature.ACUTE_DISTRESS, Nature.ACUTE_DISTRESS,
                Nature.PSYCHOSIS, Nature.INTOXICATION, Nature.INTOXICATION, Nature.FAMILY_CONFLICT,
                Nature.HOMELESSNESS, Nature.OLDER_PERSON_AT_RISK, Nature.WELFARE_CHECK, Nature.SUICIDE_ATTEMPT,
                Nature.AGGRESSIVE_BEHAVIOUR, Nature.OTHER
            }));
            if (random.nextInt(3) == 0) {
                natures.add(pick(new Nature[] {Nature.INTOXICATION, Nature.HOMELESSNESS, Nature.FAMILY_CONFLICT}));
            }
            return natures;
        }

        private Set<CallAction> actions(Disposition disposition) {
            Set<CallAction> actions = EnumSet.of(CallAction.DE_ESCALATION);
            if (random.nextBoolean()) {
                actions.add(CallAction.RISK_ASSESSMENT);
            }
            if (disposition == Disposition.REFERRAL || random.nextInt(4) == 0) {
                actions.add(pick(new CallAction[] {
                    CallAction.SAFETY_PLAN,
                    CallAction.CRISIS_LINE,
                    CallAction.SHELTER_FOUND,
                    CallAction.FAMILY_SUPPORT,
                    CallAction.INFORMATION_GIVEN,
                    CallAction.TRANSPORT_TO_SERVICE
                }));
            }
            return actions;
        }

        /**
         * Someone met on the call: often one of the few people the team meets again and again, otherwise
         * someone new, recorded when first met.
         */
        private UUID person(Instant metAt) {
            if (!people.isEmpty() && random.nextInt(3) > 0) {
                int regulars = Math.min(people.size(), 10);
                return people.get(random.nextInt(regulars));
            }
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            UUID id = past.person(
                    team,
                    community.communityId(),
                    recorders.get(0).userId(),
                    metAt,
                    new NewPerson(
                            first + " " + last.charAt(0) + ".",
                            first + " " + last,
                            LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            random.nextBoolean() ? "" : "819-555-0" + (100 + random.nextInt(900))));
            people.add(id);
            return id;
        }

        private Instant minutes(Instant from, int least, int most) {
            return from.plus(Duration.ofMinutes(least + random.nextInt(Math.max(1, most - least + 1))));
        }

        /** The person the team meets most often. */
        UUID regular() {
            return people.get(0);
        }

        /** The first people the team met, those it meets most often first. */
        List<UUID> people(int count) {
            return List.copyOf(people.subList(0, count));
        }

        private int weighted(int[] weights) {
            int total = 0;
            for (int weight : weights) {
                total += weight;
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
