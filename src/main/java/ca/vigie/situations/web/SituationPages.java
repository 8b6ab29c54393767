package ca.vigie.situations.web;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Meeting;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Progress;
import ca.vigie.situations.cases.ProgressReports;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationLists;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the pages of a table, a meeting and a situation show, worked out in one place for their GET
 * and for each of their forms sent back with a problem.
 */
@Component
class SituationPages {

    /** Meetings held shown on a table's page; the rest are a page of their own. */
    static final int RECENT_MEETINGS = 5;

    /** Refusals because the situation moved on: the form they belong to is no longer on the page. */
    private static final Set<String> STAGE_CHANGED = Set.of(
            "situations.tabled.already",
            "situations.tabled.locked",
            "situations.decision.notTabled",
            "disclosures.notAccepted",
            "interventions.notAccepted",
            "interventions.conclusion.notIntervention");

    private final SituationLists lists;
    private final SituationAccess access;
    private final Situations situations;
    private final Meetings meetings;
    private final Disclosures disclosures;
    private final Interventions interventions;
    private final SituationReference reference;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final ProgressReports progressReports;

    SituationPages(
            Situations situations,
            Meetings meetings,
            Disclosures disclosures,
            Interventions interventions,
            SituationReference reference,
            OrganizationDirectory directory,
            MessageSource messages,
            ProgressReports progressReports,
            SituationAccess access,
            SituationLists lists) {
        this.lists = lists;
        this.access = access;
        this.situations = situations;
        this.meetings = meetings;
        this.disclosures = disclosures;
        this.interventions = interventions;
        this.reference = reference;
        this.directory = directory;
        this.messages = messages;
        this.progressReports = progressReports;
    }

    /**
     * Does what a form of the situation page asks when it was read clean; otherwise, or when a rule
     * refuses, puts the problem where the page shows that form's problems. Whether it was done.
     */
    boolean tried(Model model, String form, BindingResult errors, Runnable action) {
        return tried(model, form, errors, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** The same, for an action that answers something. */
    <T> Optional<T> tried(Model model, String form, BindingResult errors, Supplier<T> action) {
        if (errors.hasErrors()) {
            refused(model, form, errors);
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute(form + "Field", rejected.field());
            model.addAttribute(form + "Problem", rejected.messageKey());
            return Optional.empty();
        }
    }

    /**
     * A form of the situation page sent back because a value could not be read: its first problem,
     * by field, as the page shows the problems of its forms (a problem with the form as a whole goes
     * above the page).
     */
    void refused(Model model, String form, BindingResult errors) {
        Forms.firstProblem(errors, messages).ifPresent(problem -> {
            if (problem.field().isEmpty()) {
                model.addAttribute("problem", problem.messageKey());
            } else {
                model.addAttribute(form + "Field", problem.field());
                model.addAttribute(form + "Problem", problem.messageKey());
            }
        });
    }

    String showForm(VigiePrincipal who, UUID tableId, @Nullable Situation situation, Model model) {
        model.addAttribute("seat", access.seat(who, tableId));
        model.addAttribute("situation", situation);
        model.addAttribute("types", SituationType.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("genders", Gender.values());
        Map<ReferenceValue, List<ReferenceValue>> factors = factorsByCategory(who);
        model.addAttribute("factorsByCategory", factors);
        List<UUID> chosen = model.getAttribute("form") instanceof SituationForm form && form.riskFactorIds() != null
                ? form.riskFactorIds()
                : List.of();
        // A category holding a chosen factor opens, so that what was chosen shows.
        model.addAttribute(
                "openCategories",
                factors.entrySet().stream()
                        .filter(entry -> entry.getValue().stream().anyMatch(f -> chosen.contains(f.id())))
                        .map(entry -> entry.getKey().id())
                        .collect(Collectors.toSet()));
        model.addAttribute("protectiveFactors", reference.choices(who.communityId(), ReferenceList.PROTECTIVE_FACTOR));
        model.addAttribute("organizations", organizations(who));
        return "situations/form";
    }

    String showSituation(VigiePrincipal who, Situation situation, Situation.@Nullable Identity identity, Model model) {
        Map<UUID, ReferenceValue> labels = labels(who);
        model.addAttribute("situation", situation);
        model.addAttribute("identity", identity);
        model.addAttribute("labels", labels);
        model.addAttribute("seat", access.seat(who, situation.tableId()));
        model.addAttribute("organizations", organizations(who));
        boolean originating = access.isOriginating(who, situation);
        model.addAttribute("originating", originating);
        model.addAttribute("disclosed", !originating && access.disclosedToSeat(who, situation));
        boolean accepted = situation.stage() == Stage.ACCEPTED
                || situation.stage() == Stage.INTERVENTION
                || situation.stage() == Stage.CONCLUDED;
        model.addAttribute("log", accepted ? disclosures.log(who, situation.id()) : List.of());
        model.addAttribute("isChair", access.isChair(who, situation.tableId()));
        model.addAttribute(
                "candidates",
                situation.stage() == Stage.ACCEPTED ? interventions.candidates(who, situation) : java.util.Set.of());
        model.addAttribute("team", interventions.team(situation.id()));
        boolean acting = situation.stage() == Stage.INTERVENTION;
        boolean onTeam = (acting || situation.stage() == Stage.CONCLUDED) && access.onTeam(who, situation);
        model.addAttribute("onTeam", onTeam);
        model.addAttribute("acting", acting);
        model.addAttribute("services", interventions.services(situation.id()));
        model.addAttribute("plan", interventions.plan(situation.id()));
        List<ProgressReports.ProgressReport> progress = progressReports.progress(situation.id());
        model.addAttribute("progress", progress);
        model.addAttribute("progressStatuses", Progress.values());
        List<UUID> followUps = acting ? progressReports.followUpMeetings(who, situation) : List.of();
        model.addAttribute("followUpMeetings", followUps);
        // Only the meetings this page names: a table holds hundreds over the years.
        Set<UUID> named = new HashSet<>(followUps);
        progress.forEach(p -> named.add(p.meetingId()));
        if (situation.meetingId() != null) {
            named.add(situation.meetingId());
        }
        Map<UUID, Meeting> known = meetings.these(who, situation.tableId(), named);
        model.addAttribute(
                "meetingDates", known.values().stream().collect(Collectors.toMap(Meeting::id, Meeting::heldOn)));
        model.addAttribute("serviceChoices", reference.choices(who.communityId(), ReferenceList.SERVICE));
        model.addAttribute("reasons", reference.choices(who.communityId(), ReferenceList.CONCLUSION_REASON));
        model.addAttribute(
                "allReasons",
                reference.values(who.communityId(), ReferenceList.CONCLUSION_REASON).stream()
                        .collect(Collectors.toMap(ReferenceValue::id, Function.identity())));
        model.addAttribute(
                "allServices",
                reference.values(who.communityId(), ReferenceList.SERVICE).stream()
                        .collect(Collectors.toMap(ReferenceValue::id, Function.identity())));
        model.addAttribute("notes", onTeam ? interventions.notes(who, situation.id()) : List.of());
        model.addAttribute("noteToken", UUID.randomUUID());
        model.addAttribute("people", people(who));
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("consentStatuses", ConsentStatus.values());
        model.addAttribute(
                "seatOrganization", access.seat(who, situation.tableId()).organizationId());
        model.addAttribute("seatAgreement", seatAgreement(who, situation.tableId()));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("upcoming", meetings.upcoming(who, situation.tableId()));
        model.addAttribute("meeting", situation.meetingId() == null ? null : known.get(situation.meetingId()));
        return "situations/situation";
    }

    String showTable(VigiePrincipal who, UUID tableId, int page, Model model) {
        model.addAttribute("seatAgreement", seatAgreement(who, tableId));
        model.addAttribute("seat", access.seat(who, tableId));
        model.addAttribute("situations", lists.visibleAt(who, tableId, page));
        Meetings.Overview overview = meetings.overview(who, tableId, RECENT_MEETINGS);
        model.addAttribute("upcoming", overview.upcoming());
        model.addAttribute("held", overview.held());
        model.addAttribute("isChair", access.isChair(who, tableId));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("organizations", organizations(who));
        return "situations/table";
    }

    /** The agreement of the organisation the person represents, when it does not let it receive identifying details. */
    SituationTable.@Nullable Member seatAgreement(VigiePrincipal who, UUID tableId) {
        SituationAccess.Seat seat = access.seat(who, tableId);
        return seat.table()
                .member(seat.organizationId())
                .filter(member ->
                        !member.agreement(meetings.today(who.communityId())).allowsIdentifyingInformation())
                .orElse(null);
    }

    Map<UUID, ReferenceValue> labels(VigiePrincipal who) {
        Map<UUID, ReferenceValue> labels = new LinkedHashMap<>();
        for (ReferenceList list : List.of(ReferenceList.RISK_FACTOR, ReferenceList.PROTECTIVE_FACTOR)) {
            reference.values(who.communityId(), list).forEach(value -> labels.put(value.id(), value));
        }
        return labels;
    }

    /** Risk factors in use, under their category, in the lists' order. */
    private Map<ReferenceValue, List<ReferenceValue>> factorsByCategory(VigiePrincipal who) {
        List<ReferenceValue> factors = reference.choices(who.communityId(), ReferenceList.RISK_FACTOR);
        Map<ReferenceValue, List<ReferenceValue>> grouped = new LinkedHashMap<>();
        for (ReferenceValue category : reference.choices(who.communityId(), ReferenceList.RISK_CATEGORY)) {
            List<ReferenceValue> under = factors.stream()
                    .filter(factor -> category.id().equals(factor.parentId()))
                    .toList();
            if (!under.isEmpty()) {
                grouped.put(category, under);
            }
        }
        return grouped;
    }

    Map<UUID, String> people(VigiePrincipal who) {
        return directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
    }

    Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static void stageChanged(Model model, SituationRejection rejected) {
        if (STAGE_CHANGED.contains(rejected.messageKey())) {
            model.addAttribute("problem", rejected.messageKey());
        }
    }
}
