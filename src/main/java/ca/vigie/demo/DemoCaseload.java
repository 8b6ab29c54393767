package ca.vigie.demo;

import ca.vigie.coresponse.caseload.CarePlan;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.ContactMode;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.caseload.GoalStatus;
import ca.vigie.coresponse.caseload.MilestoneKind;
import ca.vigie.coresponse.caseload.Need;
import ca.vigie.coresponse.caseload.PastCaseload;
import ca.vigie.coresponse.caseload.Referral;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo team's follow-up caseload over some fifteen months: a clinical committee that meets every
 * week, enrols the team's regulars one every fortnight, reviews them every twelve weeks and discharges
 * a few; contacts several times a week; and what happened to each person in the six months before and
 * after they were enrolled, fewer emergency visits and tickets after, as a steering committee hopes to
 * read. Today's meeting is under way, with a deferral decided and two proposals waiting.
 */
@Component
class DemoCaseload {

    /** Weekly meetings before today's. */
    private static final int WEEKS = 64;

    static final int ENROLLED = 28;

    /** Who among the enrolled was discharged, in the meeting some twenty weeks after enrolment, and why. */
    private static final Map<Integer, DischargeReason> DISCHARGED = Map.of(
            1, DischargeReason.GOALS_MET,
            4, DischargeReason.MOVED_AWAY,
            9, DischargeReason.REFERRED_ELSEWHERE);

    private static final List<String> GOALS = List.of(
            "Obtenir un logement stable avec l'aide de l'organisme d'hébergement.",
            "Reprendre les rendez-vous à la clinique de santé mentale.",
            "Réduire les passages à l'urgence en appelant l'équipe d'abord.",
            "Renouer avec un membre de la famille choisi par la personne.",
            "Commencer une démarche en dépendance au rythme de la personne.",
            "Régler les constats d'infraction impayés avec l'aide juridique.");

    private final PastCaseload past;
    private final Committee committee;
    private final Enrolments enrolments;
    private final FollowUp followUp;
    private final CarePlan carePlan;
    private final CommunityCalendar calendar;

    DemoCaseload(
            PastCaseload past,
            Committee committee,
            Enrolments enrolments,
            FollowUp followUp,
            CarePlan carePlan,
            CommunityCalendar calendar) {
        this.past = past;
        this.committee = committee;
        this.enrolments = enrolments;
        this.followUp = followUp;
        this.carePlan = carePlan;
        this.calendar = calendar;
    }

    /** {@code people} are the team's people, those it meets most first; it needs three more than it enrols. */
    void write(List<UUID> people, Seat police, Seat lead) {
        History history = new History(police, lead);
        List<UUID> meetings = new ArrayList<>();
        for (int week = WEEKS; week >= 1; week--) {
            meetings.add(history.meeting(history.today.minusWeeks(week), week % 5 == 0));
        }
        for (int k = 0; k < ENROLLED; k++) {
            history.follow(people.get(k), k, meetings);
        }
        past.contacts(history.contacts);
        past.milestones(history.milestones);
        followUp.alert(police, people.get(0), "Aborder calmement; chien craintif à la maison.", UUID.randomUUID());
        followUp.alert(
                lead,
                people.get(3),
                "Travaille de nuit : appeler avant de passer, jamais le matin.",
                UUID.randomUUID());
        for (int k = 0; k < ENROLLED; k++) {
            if (!DISCHARGED.containsKey(k)) {
                goals(lead, people.get(k), k);
            }
        }
        thisWeek(people.subList(ENROLLED, ENROLLED + 3), police, lead, history.today);
    }

    /** Two or three goals of the person's care and safety plan, some already under way or met. */
    private void goals(Seat lead, UUID person, int k) {
        for (int g = 0; g < 2 + k % 2; g++) {
            UUID goal = carePlan.add(lead, person, GOALS.get((k + g) % GOALS.size()), UUID.randomUUID());
            if ((k + g) % 3 != 0) {
                carePlan.setStatus(lead, person, goal, GoalStatus.IN_PROGRESS, 0);
                if ((k + g) % 4 == 1) {
                    carePlan.setStatus(lead, person, goal, GoalStatus.MET, 1);
                }
            }
        }
    }

    /** Today's meeting, opened by the lead: one proposal deferred so far, two waiting. */
    private void thisWeek(List<UUID> proposed, Seat police, Seat lead, LocalDate today) {
        List<UUID> proposals = new ArrayList<>();
        for (UUID person : proposed) {
            proposals.add(enrolments.propose(
                    police,
                    person,
                    "Appels répétés ces dernières semaines; la personne accepte qu'on l'accompagne.",
                    UUID.randomUUID()));
        }
        committee.open(
                lead, today, Set.of(lead.person().userId(), police.person().userId()), UUID.randomUUID());
        enrolments.decide(
                lead,
                proposals.get(0),
                new CommitteeDecision(Decision.DEFER, null, null, null, null, null, today.plusDays(14)),
                0);
    }

    /** The caseload's past, drawn from a fixed seed so that every demo shows the same one. */
    private final class History {

        private final Random random = new Random(25);
        private final Seat police;
        private final Seat lead;
        private final UUID team;
        private final UUID community;
        private final ZoneId zone;
        private final LocalDate today;
        private final List<LocalDate> held = new ArrayList<>();
        private final List<PastCaseload.Contact> contacts = new ArrayList<>();
        private final List<PastCaseload.Milestone> milestones = new ArrayList<>();

        History(Seat police, Seat lead) {
            this.police = police;
            this.lead = lead;
            this.team = lead.teamId();
            this.community = lead.communityId();
            this.zone = calendar.zone(community);
            this.today = calendar.today(community);
        }

        UUID meeting(LocalDate on, boolean leadAlone) {
            held.add(on);
            return past.meeting(
                    team,
                    community,
                    lead.person().userId(),
                    on,
                    at(on, 13, 30),
                    leadAlone
                            ? Set.of(lead.person().userId())
                            : Set.of(lead.person().userId(), police.person().userId()));
        }

        /** One person enrolled in a meeting two weeks after the last, reviewed every twelve weeks. */
        void follow(UUID person, int k, List<UUID> meetings) {
            int enrolledAt = 2 + 2 * k;
            LocalDate enrolled = held.get(enrolledAt);
            boolean exception = k == 0;
            UUID enrolment = past.enrolled(
                    meetings.get(enrolledAt),
                    new PastCaseload.Enrolled(
                            team,
                            community,
                            person,
                            police.person().userId(),
                            at(enrolled.minusWeeks(1), 16, 0),
                            "Appels répétés ces derniers mois; la personne accepte qu'on l'accompagne.",
                            exception ? ConsentBasis.LEGAL_EXCEPTION : ConsentBasis.EXPRESS_CONSENT,
                            exception ? null : enrolled.minusDays(3),
                            exception
                                    ? "Danger grave et immédiat pour la personne : communication permise sans consentement."
                                    : "Suivi par l'équipe et échanges avec le médecin traitant.",
                            k % 4 == 3
                                    ? police.person().userId()
                                    : lead.person().userId(),
                            enrolled.plusWeeks(12)),
                    lead.person().userId(),
                    at(enrolled, 14, k % 50));
            int leftAt = DISCHARGED.containsKey(k) ? enrolledAt + 20 : meetings.size();
            for (int review = enrolledAt + 12; review < leftAt; review += 12) {
                past.reviewed(
                        meetings.get(review),
                        enrolment,
                        held.get(review).plusWeeks(12),
                        lead.person().userId(),
                        at(held.get(review), 14, 10));
            }
            LocalDate left = today;
            if (DISCHARGED.containsKey(k)) {
                left = held.get(leftAt);
                past.discharged(
                        meetings.get(leftAt),
                        enrolment,
                        DISCHARGED.get(k),
                        lead.person().userId(),
                        at(left, 14, 20));
            }
            contacts(person, k, enrolled, left);
            milestones(person, k, enrolled, left);
        }

        /** One to three contacts a week while followed. */
        private void contacts(UUID person, int k, LocalDate from, LocalDate to) {
            Need[] profile = {Need.values()[k % Need.values().length], Need.values()[(k * 3 + 1) % Need.values().length]
            };
            for (LocalDate week = from.plusDays(1); week.isBefore(to); week = week.plusWeeks(1)) {
                int count = 1 + random.nextInt(3);
                for (int c = 0; c < count; c++) {
                    LocalDate on = week.plusDays(random.nextInt(7));
                    if (!on.isBefore(to)) {
                        continue;
                    }
                    boolean refers = random.nextInt(7) == 0;
                    contacts.add(new PastCaseload.Contact(
                            team,
                            community,
                            person,
                            on,
                            pick(new ContactMode[] {
                                ContactMode.IN_PERSON,
                                ContactMode.IN_PERSON,
                                ContactMode.PHONE,
                                ContactMode.ACCOMPANIMENT,
                                ContactMode.OUTREACH
                            }),
                            random.nextInt(10) < 7
                                    ? lead.person().userId()
                                    : police.person().userId(),
                            random.nextBoolean() ? EnumSet.of(profile[0]) : EnumSet.of(profile[0], profile[1]),
                            refers ? EnumSet.of(pick(Referral.values())) : EnumSet.noneOf(Referral.class),
                            refers ? random.nextInt(3) > 0 : null));
                }
            }
        }

        /**
         * The six months before enrolment and what followed: fewer emergency visits, tickets and arrests
         * once followed, housing and treatment orders for some, and a court date ahead for one.
         */
        private void milestones(UUID person, int k, LocalDate enrolled, LocalDate left) {
            LocalDate before = enrolled.minusMonths(6);
            events(person, MilestoneKind.EMERGENCY_VISIT, 2 + random.nextInt(4), before, enrolled);
            events(person, MilestoneKind.TICKET, 1 + random.nextInt(3), before, enrolled);
            events(person, MilestoneKind.ARREST, random.nextInt(2), before, enrolled);
            events(person, MilestoneKind.HOSPITALISATION, random.nextInt(2), before, enrolled);
            LocalDate after = enrolled.plusMonths(6).isBefore(left) ? enrolled.plusMonths(6) : left;
            events(person, MilestoneKind.EMERGENCY_VISIT, random.nextInt(3), enrolled.plusDays(1), after);
            events(person, MilestoneKind.TICKET, random.nextInt(2), enrolled.plusDays(1), after);
            if (k % 3 == 0) {
                events(person, MilestoneKind.HOUSED, 1, enrolled.plusDays(30), left);
            }
            if (k % 5 == 2) {
                events(person, MilestoneKind.TREATMENT_ORDER, 1, enrolled.plusDays(10), left);
            }
            if (k == 2) {
                milestones.add(new PastCaseload.Milestone(
                        team,
                        community,
                        person,
                        MilestoneKind.COURT_DATE,
                        today.plusDays(20),
                        police.person().userId()));
            }
        }

        /** Events of one kind on days drawn between {@code from} and the day before {@code to}. */
        private void events(UUID person, MilestoneKind kind, int count, LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            for (int i = 0; i < count && days > 0; i++) {
                milestones.add(new PastCaseload.Milestone(
                        team,
                        community,
                        person,
                        kind,
                        from.plusDays(random.nextLong(days)),
                        kind == MilestoneKind.TICKET || kind == MilestoneKind.ARREST
                                ? police.person().userId()
                                : lead.person().userId()));
            }
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(zone).toInstant();
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
