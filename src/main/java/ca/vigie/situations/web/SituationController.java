package ca.vigie.situations.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.IdentifierCheck;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.Involvement;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Meeting;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Progress;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A representative's screens: the tables they sit at, their organisation's situations at filter 1,
 * opening and correcting one, and showing its identifying details on purpose.
 */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('TABLE_MEMBER') or hasRole('TABLE_CHAIR'))")
class SituationController {

    /** Meetings held shown on a table's page; the rest are a page of their own. */
    static final int RECENT_MEETINGS = 5;

    static final int MEETINGS_PER_PAGE = 50;

    private final Situations situations;
    private final Meetings meetings;
    private final Disclosures disclosures;
    private final Interventions interventions;
    private final SituationReference reference;
    private final OrganizationDirectory directory;

    SituationController(
            Situations situations,
            Meetings meetings,
            Disclosures disclosures,
            Interventions interventions,
            SituationReference reference,
            OrganizationDirectory directory) {
        this.situations = situations;
        this.meetings = meetings;
        this.disclosures = disclosures;
        this.interventions = interventions;
        this.reference = reference;
        this.directory = directory;
    }

    @GetMapping("/situation-tables")
    String seats(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("seats", situations.seats(who));
        model.addAttribute("organizations", organizations(who));
        return "situations/tables";
    }

    @GetMapping("/situation-tables/{tableId}")
    String table(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("meetingForm", new MeetingForm(null, UUID.randomUUID()));
        return showTable(who, tableId, page, model);
    }

    @PostMapping("/situation-tables/{tableId}/meetings")
    String schedule(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                meetings.schedule(
                        who, tableId, form.heldOn(), form.formToken() == null ? UUID.randomUUID() : form.formToken());
                redirect.addFlashAttribute("notice", "meetings.scheduled");
                return "redirect:/situation-tables/" + tableId;
            } catch (SituationRejection rejected) {
                stageChanged(model, rejected);
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showTable(who, tableId, 0, model);
    }

    /** The meetings a table held, a page at a time, latest first; pages are numbered from 1 in addresses. */
    @GetMapping("/situation-tables/{tableId}/meetings")
    String meetingsHeld(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @RequestParam(name = "page", required = false) @Nullable String page,
            Model model) {
        int asked = page != null && page.strip().matches("[0-9]{1,6}") ? Integer.parseInt(page.strip()) - 1 : 0;
        model.addAttribute("seat", situations.seat(who, tableId));
        model.addAttribute("held", meetings.held(who, tableId, asked, MEETINGS_PER_PAGE));
        return "situations/meetings";
    }

    @GetMapping("/situation-tables/{tableId}/meetings/{meetingId}")
    String meeting(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @PathVariable UUID meetingId,
            Model model) {
        Meeting meeting = meetings.get(who, meetingId);
        if (!meeting.tableId().equals(tableId)) {
            throw new NotFoundException("Meeting");
        }
        model.addAttribute("seat", situations.seat(who, tableId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", situations.agenda(who, tableId, meetingId));
        model.addAttribute("followUps", situations.followUps(who, tableId, meetingId));
        model.addAttribute("progressAtMeeting", interventions.progressAt(meetingId));
        model.addAttribute("isChair", situations.isChair(who, tableId));
        model.addAttribute("present", meetings.attendance(who, meetingId));
        model.addAttribute("attendanceLocked", meetings.attendanceLocked(meetingId));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("people", people(who));
        model.addAttribute("labels", labels(who));
        model.addAttribute("organizations", organizations(who));
        return "situations/meeting";
    }

    @PostMapping("/situation-tables/{tableId}/meetings/{meetingId}/attendance")
    String attendance(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @PathVariable UUID meetingId,
            @RequestParam(required = false) @Nullable List<UUID> present,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.get(who, meetingId);
        if (!meeting.tableId().equals(tableId)) {
            throw new NotFoundException("Meeting");
        }
        try {
            meetings.recordAttendance(who, meetingId, present == null ? List.of() : present);
            redirect.addFlashAttribute("notice", "meetings.attendance.saved");
        } catch (SituationRejection rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/situation-tables/" + tableId + "/meetings/" + meetingId;
    }

    @PostMapping("/situations/{id}/disclosures")
    String reveal(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LegalBasis legalBasis,
            @RequestParam(defaultValue = "") String legalBasisOther,
            @RequestParam(required = false) @Nullable ConsentStatus consentStatus,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            Disclosures.Reveal reveal = disclosures.reveal(who, id, legalBasis, legalBasisOther, consentStatus);
            redirect.addFlashAttribute("notice", "disclosures.revealed");
            redirect.addFlashAttribute("withoutAgreement", reveal.withoutAgreement());
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("disclosureField", rejected.field());
            model.addAttribute("disclosureProblem", rejected.messageKey());
            model.addAttribute("typedBasis", legalBasis);
            model.addAttribute("typedBasisOther", legalBasisOther);
            model.addAttribute("typedConsent", consentStatus);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSituation(who, situation, null, model);
        }
    }

    @PostMapping("/situations/{id}/team")
    String formTeam(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID lead,
            @RequestParam(required = false) @Nullable List<UUID> assisting,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            interventions.formTeam(who, id, lead, assisting == null ? List.of() : assisting);
            redirect.addFlashAttribute("notice", "interventions.formed");
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("teamField", rejected.field());
            model.addAttribute("teamProblem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSituation(who, situation, null, model);
        }
    }

    @PostMapping("/situations/{id}/notes")
    String addNote(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable UUID formToken,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            interventions.addNote(who, id, body, formToken == null ? UUID.randomUUID() : formToken);
            redirect.addFlashAttribute("notice", "interventions.noteAdded");
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("noteProblem", rejected.messageKey());
            model.addAttribute("typedNote", body);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            noStore(response);
            return showSituation(who, situation, null, model);
        }
    }

    @PostMapping("/situations/{id}/services")
    String recordServices(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<UUID> services,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            interventions.recordServices(who, id, services == null ? List.of() : services);
            redirect.addFlashAttribute("notice", "interventions.servicesSaved");
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("servicesProblem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSituation(who, situation, null, model);
        }
    }

    @PostMapping("/situations/{id}/plan")
    String planIntervention(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LocalDate interventionOn,
            @RequestParam(required = false) @Nullable List<UUID> going,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            interventions.planIntervention(who, id, interventionOn, going == null ? List.of() : going, version);
            redirect.addFlashAttribute("notice", "interventions.plan.saved");
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("planField", rejected.field());
            model.addAttribute("planProblem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (StaleEditException stale) {
            model.addAttribute("planField", "interventionOn");
            model.addAttribute("planProblem", "interventions.plan.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute(
                "typedPlan",
                new Interventions.Plan(
                        interventionOn, going == null ? java.util.Set.of() : java.util.Set.copyOf(going)));
        return showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/progress")
    String reportProgress(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID meetingId,
            @RequestParam(required = false) @Nullable Progress status,
            @RequestParam(defaultValue = "") String remark,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            List<IdentifierCheck.Hit> hits = interventions.reportProgress(who, id, meetingId, status, remark);
            if (hits.isEmpty()) {
                redirect.addFlashAttribute("notice", "interventions.progress.saved");
                return "redirect:/situations/" + id;
            }
            model.addAttribute("progressHits", hits);
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("progressField", rejected.field());
            model.addAttribute("progressProblem", rejected.messageKey());
        }
        model.addAttribute("typedProgressMeeting", meetingId);
        model.addAttribute("typedStatus", status);
        model.addAttribute("typedRemark", remark);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        noStore(response);
        return showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/conclusion")
    String conclude(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID reasonId,
            @RequestParam(required = false) @Nullable LocalDate concludedOn,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            interventions.conclude(who, id, reasonId, concludedOn);
            redirect.addFlashAttribute("notice", "interventions.concluded");
            return "redirect:/situations/" + id;
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("conclusionField", rejected.field());
            model.addAttribute("conclusionProblem", rejected.messageKey());
            model.addAttribute("typedReason", reasonId);
            model.addAttribute("typedConcludedOn", concludedOn);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSituation(who, situation, null, model);
        }
    }

    @PostMapping("/situations/{id}/involvement")
    String involvement(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Involvement involvement,
            RedirectAttributes redirect) {
        try {
            disclosures.answer(who, id, involvement);
            redirect.addFlashAttribute("notice", "disclosures.answered");
        } catch (SituationRejection rejected) {
            redirect.addFlashAttribute("problem", "disclosures.answer.required");
        }
        return "redirect:/situations/" + id;
    }

    @PostMapping("/situations/{id}/decision")
    String decide(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean significantInterest,
            @RequestParam(defaultValue = "false") boolean probableHarm,
            @RequestParam(defaultValue = "false") boolean severeHarm,
            @RequestParam(defaultValue = "false") boolean multipleAgencies,
            RedirectAttributes redirect) {
        Situation situation = situations.get(who, id);
        try {
            Stage stage = situations.decide(
                    who, id, new Situation.Criteria(significantInterest, probableHarm, severeHarm, multipleAgencies));
            redirect.addFlashAttribute("notice", "situations.decision." + stage);
        } catch (SituationRejection rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/situation-tables/" + situation.tableId() + "/meetings/" + situation.meetingId();
    }

    @PostMapping("/situations/{id}/tabling")
    String tabling(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID meetingId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        try {
            List<IdentifierCheck.Hit> hits = situations.table(who, id, meetingId);
            if (hits.isEmpty()) {
                redirect.addFlashAttribute("notice", "situations.tabled");
                return "redirect:/situations/" + id;
            }
            model.addAttribute("hits", hits);
        } catch (SituationRejection rejected) {
            stageChanged(model, rejected);
            model.addAttribute("tablingProblem", rejected.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        noStore(response);
        return showSituation(who, situation, null, model);
    }

    @GetMapping("/situation-tables/{tableId}/situations/new")
    String newForm(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID tableId, Model model) {
        model.addAttribute("form", SituationForm.blank());
        return showForm(who, tableId, null, model);
    }

    @PostMapping("/situation-tables/{tableId}/situations")
    String open(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @ModelAttribute("form") SituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        situations.seat(who, tableId);
        if (!errors.hasErrors()) {
            try {
                UUID id = situations.open(
                        who,
                        tableId,
                        form.facts(),
                        form.identity(),
                        form.formToken() == null ? UUID.randomUUID() : form.formToken());
                redirect.addFlashAttribute("notice", "situations.opened");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                stageChanged(model, rejected);
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        noStore(response);
        return showForm(who, tableId, null, model);
    }

    @GetMapping("/situations/{id}")
    String show(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        return showSituation(who, situations.get(who, id), null, model);
    }

    /** Showing identifying details is a deliberate act: a POST, recorded, and never cached. */
    @PostMapping("/situations/{id}/identity")
    String identity(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        noStore(response);
        return showSituation(who, situation, situations.identity(who, id), model);
    }

    /**
     * The correction form comes without the identifying details: a GET may be a crawler or a
     * browser's prefetch, not a person asking for them. They are filled in by the POST below.
     */
    @GetMapping("/situations/{id}/edit")
    String editForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        situations.requireCorrectable(who, id);
        model.addAttribute("form", SituationForm.withoutIdentity(situation));
        noStore(response);
        return showForm(who, situation.tableId(), situation, model);
    }

    /** The correction form with the identifying details filled in: shown on purpose, like {@link #identity}. */
    @PostMapping("/situations/{id}/edit/identity")
    String editFormWithIdentity(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        noStore(response);
        model.addAttribute("form", SituationForm.withIdentity(situation, situations.identityToCorrect(who, id)));
        return showForm(who, situation.tableId(), situation, model);
    }

    @PostMapping("/situations/{id}")
    String edit(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("form") SituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        noStore(response);
        if (!errors.hasErrors()) {
            try {
                situations.edit(
                        who,
                        id,
                        form.facts(),
                        form.identity(),
                        form.identityCorrection(),
                        form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("notice", "situations.saved");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                stageChanged(model, rejected);
                rejected.placeOn(errors);
            } catch (StaleEditException stale) {
                model.addAttribute("stale", true);
                model.addAttribute("form", withVersion(form, situation.version()));
                response.setStatus(HttpStatus.CONFLICT.value());
                return showForm(who, situation.tableId(), situation, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showForm(who, situation.tableId(), situation, model);
    }

    private String showForm(VigiePrincipal who, UUID tableId, @Nullable Situation situation, Model model) {
        model.addAttribute("seat", situations.seat(who, tableId));
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

    private String showSituation(
            VigiePrincipal who, Situation situation, Situation.@Nullable Identity identity, Model model) {
        Map<UUID, ReferenceValue> labels = labels(who);
        model.addAttribute("situation", situation);
        model.addAttribute("identity", identity);
        model.addAttribute("labels", labels);
        model.addAttribute("seat", situations.seat(who, situation.tableId()));
        model.addAttribute("organizations", organizations(who));
        boolean originating = situations.isOriginating(who, situation);
        model.addAttribute("originating", originating);
        model.addAttribute("disclosed", !originating && situations.disclosedToSeat(who, situation));
        boolean accepted = situation.stage() == Stage.ACCEPTED
                || situation.stage() == Stage.INTERVENTION
                || situation.stage() == Stage.CONCLUDED;
        model.addAttribute("log", accepted ? disclosures.log(who, situation.id()) : List.of());
        model.addAttribute("isChair", situations.isChair(who, situation.tableId()));
        model.addAttribute(
                "candidates",
                situation.stage() == Stage.ACCEPTED ? interventions.candidates(who, situation) : java.util.Set.of());
        model.addAttribute("team", interventions.team(situation.id()));
        boolean acting = situation.stage() == Stage.INTERVENTION;
        boolean onTeam = (acting || situation.stage() == Stage.CONCLUDED) && situations.onTeam(who, situation);
        model.addAttribute("onTeam", onTeam);
        model.addAttribute("acting", acting);
        model.addAttribute("services", interventions.services(situation.id()));
        model.addAttribute("plan", interventions.plan(situation.id()));
        List<Interventions.ProgressReport> progress = interventions.progress(situation.id());
        model.addAttribute("progress", progress);
        model.addAttribute("progressStatuses", Progress.values());
        List<UUID> followUps = acting ? interventions.followUpMeetings(who, situation) : List.of();
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
                "seatOrganization", situations.seat(who, situation.tableId()).organizationId());
        model.addAttribute("seatAgreement", seatAgreement(who, situation.tableId()));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("upcoming", meetings.upcoming(who, situation.tableId()));
        model.addAttribute("meeting", situation.meetingId() == null ? null : known.get(situation.meetingId()));
        return "situations/situation";
    }

    /** Refusals because the situation moved on: the form they belong to is no longer on the page. */
    private static final java.util.Set<String> STAGE_CHANGED = java.util.Set.of(
            "situations.tabled.already",
            "situations.tabled.locked",
            "situations.decision.notTabled",
            "disclosures.notAccepted",
            "interventions.notAccepted",
            "interventions.conclusion.notIntervention");

    private static void stageChanged(Model model, SituationRejection rejected) {
        if (STAGE_CHANGED.contains(rejected.messageKey())) {
            model.addAttribute("problem", rejected.messageKey());
        }
    }

    /** The agreement of the organisation the person represents, when it does not let it receive identifying details. */
    private SituationTable.@Nullable Member seatAgreement(VigiePrincipal who, UUID tableId) {
        Situations.Seat seat = situations.seat(who, tableId);
        return seat.table()
                .member(seat.organizationId())
                .filter(member ->
                        !member.agreement(meetings.today(who.communityId())).allowsIdentifyingInformation())
                .orElse(null);
    }

    private String showTable(VigiePrincipal who, UUID tableId, int page, Model model) {
        model.addAttribute("seatAgreement", seatAgreement(who, tableId));
        model.addAttribute("seat", situations.seat(who, tableId));
        model.addAttribute("situations", situations.visibleAt(who, tableId, page));
        Meetings.Overview overview = meetings.overview(who, tableId, RECENT_MEETINGS);
        model.addAttribute("upcoming", overview.upcoming());
        model.addAttribute("held", overview.held());
        model.addAttribute("isChair", situations.isChair(who, tableId));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("organizations", organizations(who));
        return "situations/table";
    }

    private Map<UUID, ReferenceValue> labels(VigiePrincipal who) {
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

    private Map<UUID, String> people(VigiePrincipal who) {
        return directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
    }

    private Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }

    private static SituationForm withVersion(SituationForm form, int version) {
        return new SituationForm(
                form.type(),
                form.ageBand(),
                form.gender(),
                form.summary(),
                form.riskFactorIds(),
                form.protectiveFactorIds(),
                form.fullName(),
                form.dateOfBirth(),
                form.address(),
                form.otherContact(),
                null,
                version,
                form.identityShown());
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
