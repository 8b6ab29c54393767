package ca.vigie.demo;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.PastFiles;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.ConsentForm;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.DeadlineKind;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.InformalMethod;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * About forty invented complaint files for the demo office, received over the past year and a bit
 * from the three organisations it serves, at every stage of each jurisdiction's process and with
 * deadlines met, met late (with a reason) and missed; then the `employee` account files a named
 * complaint through the form's own path. Drawn from a fixed seed; no file describes a real person.
 */
@Component
class DemoFiles {

    static final int FILES = 40;

    /** Invented accounts of what happened, none about a real person. */
    private static final List<String> NARRATIVES = List.of(
            "Des remarques sur mon accent reviennent à chaque réunion d’équipe depuis l’automne, devant les collègues.",
            "Mon superviseur me retire les quarts de fin de semaine depuis que j’ai signalé un problème de sécurité.",
            "Un usager m’a poussée contre le comptoir et menacée de revenir; l’incident n’a pas été consigné.",
            "Des messages à caractère sexuel m’ont été envoyés à plusieurs reprises par un collègue d’un autre service.",
            "On me confie systématiquement les tâches les moins intéressantes et on m’exclut des formations.",
            "Lors d’une visite à domicile, un locataire a tenu des propos menaçants et brandi un objet.",
            "A co-worker keeps commenting on my religious clothing and mocks me in the group chat.",
            "Since I testified in a colleague’s complaint my manager ignores my requests and criticises me in public.",
            "Cris et insultes répétés de la part d’une gestionnaire lors des rencontres individuelles.",
            "Blagues déplacées sur l’orientation sexuelle, tolérées par la direction du secteur.");

    private static final List<String> PLACES = List.of(
            "Salle de réunion du 2e étage",
            "Poste de quartier centre",
            "Accueil du point de service",
            "Visite à domicile",
            "Messagerie de l’équipe",
            "Stationnement des employés");

    private static final List<String> LATE_REASONS = List.of(
            "Partie principale en congé de maladie, jointe à son retour.",
            "Surcharge du bureau pendant la période des fêtes.",
            "Attente des disponibilités des deux parties.");

    private final PastFiles past;
    private final ComplaintOffices offices;
    private final ComplaintFiles files;
    private final InformalServices services;
    private final CommunityCalendar calendar;

    DemoFiles(
            PastFiles past,
            ComplaintOffices offices,
            ComplaintFiles files,
            InformalServices services,
            CommunityCalendar calendar) {
        this.past = past;
        this.offices = offices;
        this.files = files;
        this.services = services;
        this.calendar = calendar;
    }

    void addTo(DemoCommunity community) {
        UUID communityId = community.communityId();
        List<UUID> served = List.of(
                community.organizations().get("police"),
                community.organizations().get("housing"),
                community.organizations().get("health"));
        ComplaintOffice office = offices.serving(communityId, served.get(0)).orElseThrow();
        UUID lead = community.people().get("office").userId();
        UUID investigator = community.people().get("investigator").userId();
        Random random = new Random(20_261_201L);
        LocalDate today = calendar.today(communityId);
        for (int i = 0; i < FILES; i++) {
            UUID organization = served.get(i % served.size());
            Jurisdiction jurisdiction =
                    office.serving(organization).orElseThrow().jurisdiction();
            List<Stage> path = path(jurisdiction, Stage.values()[(i / served.size()) % Stage.values().length], random);
            addFile(communityId, office, organization, jurisdiction, path, i, random, today, lead, investigator);
        }
        VigiePrincipal employee = community.people().get("employee");
        files.file(
                employee,
                new Intake(
                        EnumSet.of(ComplaintType.HARASSMENT),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        today.minusDays(40),
                        today.minusDays(6),
                        "Salle de breffage, quart de soir",
                        "Depuis deux mois, le responsable du quart de soir commente mon apparence et ma vie privée devant "
                                + "l’équipe, et me donne les patrouilles les plus longues quand je ne ris pas.",
                        List.of(new Intake.Party(null, "Responsable du quart de soir", Relation.SUPERVISOR)),
                        "Deux agents présents au breffage",
                        "Que les remarques cessent et que les patrouilles soient attribuées équitablement."),
                UUID.randomUUID());
        addInformalServices(community.people().get("office"), served, today);
    }

    /**
     * Informal help the office lead gave in the past months, one of which the person later agreed
     * to turn into a formal complaint.
     */
    private void addInformalServices(VigiePrincipal lead, List<UUID> served, LocalDate today) {
        record Help(InformalKind kind, int organization, int daysAgo, String person, String note) {}
        List<Help> given = List.of(
                new Help(InformalKind.HELPLINE_CONTACT, 0, 3, "", "Questions sur la confidentialité d’une plainte."),
                new Help(
                        InformalKind.COACHING,
                        1,
                        12,
                        "Agente de soutien, équipe nord",
                        "Préparer une conversation" + " avec sa cheffe d’équipe; faire le point dans deux semaines."),
                new Help(
                        InformalKind.FACILITATED_DIALOGUE,
                        2,
                        26,
                        "",
                        "Deux collègues d’un même quart; entente sur" + " le partage des tâches, revoir en janvier."),
                new Help(InformalKind.HELPLINE_CONTACT, 2, 41, "", "Wanted to know the deadlines before filing."),
                new Help(InformalKind.COACHING, 0, 63, "", "Aide pour noter les incidents au fur et à mesure."),
                new Help(
                        InformalKind.HELPLINE_CONTACT,
                        0,
                        9,
                        "Répartiteur du quart de jour",
                        "Remarques répétées" + " d’un superviseur; souhaite réfléchir avant de porter plainte."));
        UUID last = null;
        for (Help help : given) {
            last = services.record(
                    lead,
                    new InformalServices.NewService(
                            served.get(help.organization()),
                            help.kind(),
                            today.minusDays(help.daysAgo()),
                            help.person(),
                            help.note()),
                    UUID.randomUUID());
        }
        services.turnIntoComplaint(
                lead,
                last,
                new InformalServices.Consent(true, ConsentForm.IN_WRITING, today.minusDays(2)),
                new Intake(
                        EnumSet.of(ComplaintType.HARASSMENT),
                        ReporterMode.CONFIDENTIAL,
                        ReporterRole.PRINCIPAL_PARTY,
                        today.minusDays(70),
                        today.minusDays(10),
                        "Centre de répartition",
                        "Un superviseur critique mon travail à voix haute devant les collègues et ridiculise mes"
                                + " appels sur le canal commun.",
                        List.of(new Intake.Party(null, "Superviseur du quart de jour", Relation.SUPERVISOR)),
                        "",
                        "Que les critiques se fassent en privé et sur le travail seulement."),
                new Intake.Reporter(null, "Répartiteur du quart de jour", ""),
                UUID.randomUUID());
    }

    /** The stages a file went through to reach the stage it is at, as its jurisdiction allows. */
    static List<Stage> path(Jurisdiction jurisdiction, Stage target, Random random) {
        List<Stage> way = jurisdiction == Jurisdiction.FEDERAL
                ? List.of(
                        Stage.RECEIVED,
                        Stage.INITIAL_REVIEW,
                        Stage.NEGOTIATED_RESOLUTION,
                        Stage.CONCILIATION,
                        Stage.INVESTIGATION,
                        Stage.RECOMMENDATIONS,
                        Stage.IMPLEMENTATION)
                : List.of(
                        Stage.RECEIVED,
                        Stage.INITIAL_REVIEW,
                        Stage.INFORMAL_RESOLUTION,
                        Stage.INVESTIGATION,
                        Stage.RECOMMENDATIONS,
                        Stage.IMPLEMENTATION);
        Stage reached = target;
        if (jurisdiction == Jurisdiction.FEDERAL && target == Stage.INFORMAL_RESOLUTION) {
            reached = Stage.NEGOTIATED_RESOLUTION;
        } else if (jurisdiction != Jurisdiction.FEDERAL
                && (target == Stage.NEGOTIATED_RESOLUTION || target == Stage.CONCILIATION)) {
            reached = target == Stage.CONCILIATION ? Stage.INVESTIGATION : Stage.INFORMAL_RESOLUTION;
        }
        if (reached == Stage.CLOSED) {
            // Close after a way of resolving it, or early; any stage but the last may be where it stopped.
            int stop = 1 + random.nextInt(way.size() - 1);
            List<Stage> closed = new ArrayList<>(way.subList(0, stop + 1));
            if (closed.get(closed.size() - 1) == Stage.RECOMMENDATIONS) {
                closed.add(Stage.IMPLEMENTATION);
            }
            closed.add(Stage.CLOSED);
            return closed;
        }
        List<Stage> open = new ArrayList<>(way.subList(0, way.indexOf(reached) + 1));
        // Reaching an investigation after an informal attempt, or straight from the review, both happen.
        if (jurisdiction != Jurisdiction.FEDERAL
                && reached.ordinal() >= Stage.INVESTIGATION.ordinal()
                && random.nextBoolean()) {
            open.remove(Stage.INFORMAL_RESOLUTION);
        }
        if (jurisdiction == Jurisdiction.FEDERAL
                && reached.ordinal() >= Stage.INVESTIGATION.ordinal()
                && random.nextBoolean()) {
            open.remove(Stage.CONCILIATION);
        }
        return open;
    }

    private void addFile(
            UUID communityId,
            ComplaintOffice office,
            UUID organization,
            Jurisdiction jurisdiction,
            List<Stage> path,
            int n,
            Random random,
            LocalDate today,
            UUID lead,
            UUID investigator) {
        boolean closed = path.get(path.size() - 1) == Stage.CLOSED;
        int age = closed ? 90 + random.nextInt(330) : 5 + path.size() * 20 + random.nextInt(60);
        LocalDate received = today.minusDays(age);
        Set<ComplaintType> types = EnumSet.of(ComplaintType.values()[n % ComplaintType.values().length]);
        if (random.nextInt(4) == 0) {
            types.add(ComplaintType.HARASSMENT);
        }
        Intake intake = new Intake(
                types,
                random.nextInt(3) == 0 ? ReporterMode.CONFIDENTIAL : ReporterMode.NAMED,
                random.nextInt(5) == 0 ? ReporterRole.WITNESS : ReporterRole.PRINCIPAL_PARTY,
                received.minusDays(10 + random.nextInt(60)),
                received.minusDays(1 + random.nextInt(9)),
                PLACES.get(random.nextInt(PLACES.size())),
                NARRATIVES.get(n % NARRATIVES.size()),
                List.of(new Intake.Party(null, "Personne " + (char) ('A' + n % 26) + ".", Relation.values()[n % 4])),
                random.nextBoolean() ? "" : "Un collègue présent ce jour-là",
                "Que la situation cesse et que le milieu de travail redevienne sain.");
        UUID id = past.received(
                communityId,
                office.id(),
                organization,
                jurisdiction,
                received,
                intake,
                new Intake.Reporter(null, "Employé fictif " + (n + 1), "poste " + (4100 + n)));
        FileHistory history = past.history(communityId, id);
        long span = ChronoUnit.DAYS.between(received, today);
        LocalDate last = received;
        ClosureReason reason = null;
        for (int s = 1; s < path.size(); s++) {
            Stage stage = path.get(s);
            LocalDate on = received.plusDays(Math.max(1, span * s / (path.size() + 1)));
            if (on.isBefore(last)) {
                on = last;
            }
            String detail = null;
            if (stage == Stage.INFORMAL_RESOLUTION) {
                detail = InformalMethod.values()[n % InformalMethod.values().length].name();
            }
            if (stage == Stage.CLOSED) {
                reason = closure(path.get(s - 1), random);
                detail = reason.name();
            }
            DeadlineKind answered = stage == Stage.NEGOTIATED_RESOLUTION
                    ? DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN
                    : stage == Stage.CLOSED ? DeadlineKind.COMPLETION : null;
            String late = answered != null && Deadlines.late(history, answered, on)
                    ? LATE_REASONS.get(random.nextInt(LATE_REASONS.size()))
                    : null;
            past.entered(id, stage, on, lead, detail, late);
            history = history.with(new FileHistory.Entered(stage, on));
            last = on;
        }
        steps(id, history, random, today, lead);
        past.standsAt(id, path.get(path.size() - 1), reason);
        past.assigned(id, lead, StaffRole.OFFICE_LEAD, true);
        past.assigned(id, lead, StaffRole.INTAKE_OFFICER, true);
        if (path.contains(Stage.INVESTIGATION)) {
            past.assigned(id, investigator, StaffRole.INVESTIGATOR, n % 7 != 0);
        }
    }

    /** The steps the file's deadlines asked for: mostly on time, some late with a reason, a few missed. */
    private void steps(UUID id, FileHistory history, Random random, LocalDate today, UUID by) {
        LocalDate end = history.closedOn() == null ? today : history.closedOn();
        if (history.jurisdiction() == Jurisdiction.FEDERAL) {
            LocalDate contact = history.receivedOn().plusDays(1 + random.nextInt(9));
            if (!contact.isAfter(end)) {
                record(id, history, StepKind.FIRST_CONTACT, DeadlineKind.FIRST_CONTACT, contact, random, by);
                history = history.with(new FileHistory.Done(StepKind.FIRST_CONTACT, contact));
            }
            for (int month = 1; !history.receivedOn().plusMonths(month).isAfter(end); month++) {
                int draw = random.nextInt(20);
                if (draw == 0) {
                    continue;
                }
                LocalDate due = history.receivedOn().plusMonths(month);
                LocalDate sent = draw < 4 ? due.plusDays(2 + random.nextInt(8)) : due.minusDays(random.nextInt(5));
                if (sent.isAfter(end)) {
                    break;
                }
                record(id, history, StepKind.STATUS_UPDATE, DeadlineKind.STATUS_UPDATE, sent, random, by);
                history = history.with(new FileHistory.Done(StepKind.STATUS_UPDATE, sent));
            }
        }
        if (history.jurisdiction() == Jurisdiction.ONTARIO
                && history.investigationEnded().isPresent()) {
            LocalDate sent = history.investigationEnded().get().plusDays(3 + random.nextInt(10));
            if (!sent.isAfter(today)) {
                record(id, history, StepKind.RESULTS_SENT, DeadlineKind.RESULTS_IN_WRITING, sent, random, by);
            }
        }
    }

    private void record(
            UUID id, FileHistory history, StepKind kind, DeadlineKind answered, LocalDate on, Random random, UUID by) {
        String late =
                Deadlines.late(history, answered, on) ? LATE_REASONS.get(random.nextInt(LATE_REASONS.size())) : "";
        past.stepDone(id, kind, on, by, late);
    }

    private static ClosureReason closure(Stage from, Random random) {
        return switch (from) {
            case RECEIVED -> ClosureReason.WITHDRAWN;
            case INITIAL_REVIEW -> random.nextBoolean() ? ClosureReason.NOT_AN_OCCURRENCE : ClosureReason.WITHDRAWN;
            case INFORMAL_RESOLUTION -> ClosureReason.RESOLVED_INFORMALLY;
            case NEGOTIATED_RESOLUTION -> ClosureReason.RESOLVED_BY_NEGOTIATION;
            case CONCILIATION -> ClosureReason.RESOLVED_BY_CONCILIATION;
            case IMPLEMENTATION -> ClosureReason.RESOLVED_BY_INVESTIGATION;
            default -> ClosureReason.OTHER;
        };
    }
}
