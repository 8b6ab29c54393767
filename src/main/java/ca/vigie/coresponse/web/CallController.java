package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.ApprehensionBasis;
import ca.vigie.coresponse.calls.Call;
import ca.vigie.coresponse.calls.CallAction;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.IdentityPurpose;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.SafetyFlag;
import ca.vigie.coresponse.calls.WithoutTeam;
import ca.vigie.coresponse.teams.Roster;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dyads' screens for first-line calls: the team's list, the form to record one on a phone (each time
 * with a button that sets it to the present minute, the dyad on shift chosen), and each call's page to
 * complete or correct it. A person appears by the label the team chose; the identity takes a deliberate
 * request.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class CallController {

    /** The name of the button that sets a time to the present minute instead of saving. */
    static final String STAMP = "now";

    private final Teams teams;
    private final Calls calls;
    private final KnownPeople people;
    private final Roster roster;
    private final CommunityCalendar calendar;

    CallController(Teams teams, Calls calls, KnownPeople people, Roster roster, CommunityCalendar calendar) {
        this.teams = teams;
        this.calls = calls;
        this.people = people;
        this.roster = roster;
        this.calendar = calendar;
    }

    @GetMapping("/calls")
    String list(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Seat seat = teams.seat(person, teamId);
        int current = Math.max(0, Math.min(page, 10_000));
        List<Calls.Line> lines = calls.page(seat, open, current);
        model.addAttribute("team", seat.team());
        model.addAttribute("seat", seat);
        model.addAttribute("lines", lines.stream().limit(Calls.PAGE_SIZE).toList());
        model.addAttribute("open", open);
        model.addAttribute("lead", seat.leads());
        model.addAttribute("page", current);
        model.addAttribute("more", lines.size() > Calls.PAGE_SIZE);
        model.addAttribute("zone", zone(seat));
        return "coresponse/calls";
    }

    @GetMapping("/calls/new")
    String blank(@AuthenticationPrincipal VigiePrincipal person, @PathVariable UUID teamId, Model model) {
        Seat seat = teams.seat(person, teamId);
        model.addAttribute(
                "form",
                CallForm.blank(
                        dyadOnShift(seat), calendar.now(seat.communityId()).toLocalDateTime()));
        return showNew(seat, model);
    }

    @PostMapping("/calls")
    String record(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(name = STAMP, required = false) @Nullable String stamp,
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (stamp != null && CallForm.STAMPED.contains(stamp)) {
            restamp(seat, form, stamp, model);
            return showNew(seat, model);
        }
        Optional<UUID> recorded = Forms.submit(
                errors, response, () -> calls.record(seat, form.facts(zone(seat)), form.person(), form.token()));
        if (recorded.isEmpty()) {
            return showNew(seat, model);
        }
        redirect.addFlashAttribute("notice", "coresponse.call.recorded");
        return "redirect:/coresponse/teams/" + teamId + "/calls/" + recorded.get();
    }

    @GetMapping("/calls/{callId}")
    String call(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID callId,
            Model model) {
        Seat seat = teams.seat(person, teamId);
        Call call = calls.get(seat, callId);
        model.addAttribute("form", CallForm.of(call, zone(seat)));
        return showCall(seat, call, model);
    }

    @PostMapping("/calls/{callId}")
    String update(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID callId,
            @RequestParam(name = STAMP, required = false) @Nullable String stamp,
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        Call call = calls.get(seat, callId);
        if (stamp != null && CallForm.STAMPED.contains(stamp)) {
            restamp(seat, form, stamp, model);
            return showCall(seat, call, model);
        }
        if (Forms.edit(
                errors,
                response,
                () -> calls.update(seat, callId, form.facts(zone(seat)), form.person(), form.expectedVersion()),
                () -> {
                    Call theirs = calls.get(seat, callId);
                    model.addAttribute("theirs", theirs);
                    model.addAttribute("form", form.over(theirs.version()));
                })) {
            redirect.addFlashAttribute("notice", "coresponse.call.saved");
            return "redirect:/coresponse/teams/" + teamId + "/calls/" + callId;
        }
        return showCall(seat, calls.get(seat, callId), model);
    }

    /** Why a member asks for a person's identity, and the call they came from. */
    record IdentityRequest(
            @Nullable IdentityPurpose purpose, @Nullable UUID callId) {}

    /** A person's full identity, shown in the answer to a deliberate request with its purpose; never on a GET. */
    @PostMapping("/people/{personId}/identity")
    String identity(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("identityRequest") IdentityRequest request,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        model.addAttribute("team", seat.team());
        model.addAttribute("personId", personId);
        model.addAttribute("purposes", IdentityPurpose.values());
        model.addAttribute("label", people.label(seat, personId));
        IdentityPurpose purpose = request.purpose();
        if (errors.hasErrors() || purpose == null) {
            if (!errors.hasFieldErrors("purpose")) {
                errors.rejectValue("purpose", "coresponse.identity.purposeRequired");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "coresponse/identity";
        }
        model.addAttribute("identity", people.identity(seat, personId, purpose));
        return "coresponse/identity";
    }

    private void restamp(Seat seat, CallForm form, String stamp, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute(
                "form", form.stamped(stamp, calendar.now(seat.communityId()).toLocalDateTime()));
    }

    private @Nullable UUID dyadOnShift(Seat seat) {
        Optional<UUID> onShift = roster.dyadOf(seat, calendar.now());
        if (onShift.isPresent()) {
            return onShift.get();
        }
        List<Team.Dyad> active = seat.team().activeDyads();
        return active.size() == 1 ? active.get(0).id() : null;
    }

    private String showNew(Seat seat, Model model) {
        choices(seat, null, model);
        return "coresponse/call-new";
    }

    private String showCall(Seat seat, Call call, Model model) {
        model.addAttribute("call", call);
        model.addAttribute(
                "personLabel",
                call.facts().personId() == null
                        ? null
                        : people.label(seat, call.facts().personId()));
        model.addAttribute("purposes", IdentityPurpose.values());
        choices(seat, call, model);
        return "coresponse/call";
    }

    private void choices(Seat seat, @Nullable Call call, Model model) {
        Team team = seat.team();
        model.addAttribute("team", team);
        model.addAttribute("seat", seat);
        model.addAttribute("zone", zone(seat));
        UUID currentDyad = call == null ? null : call.facts().dyadId();
        model.addAttribute(
                "dyads",
                team.dyads().stream()
                        .filter(d -> !d.retired() || d.id().equals(currentDyad))
                        .toList());
        model.addAttribute(
                "areas", calls.areas(seat, call == null ? null : call.facts().areaId()));
        model.addAttribute("sources", CallSource.values());
        model.addAttribute("roles", CallRole.values());
        model.addAttribute("natures", Nature.values());
        model.addAttribute("safetyFlags", SafetyFlag.values());
        model.addAttribute("actions", CallAction.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("bases", ApprehensionBasis.under(team.law()));
        model.addAttribute("withoutTeam", WithoutTeam.values());
        java.util.Map<UUID, String> known = new java.util.LinkedHashMap<>(people.labels(seat));
        if (call != null && call.facts().personId() != null) {
            // A person whose details were destroyed stays linked to the call, under no label.
            known.putIfAbsent(call.facts().personId(), "");
        }
        model.addAttribute("knownPeople", known);
    }

    private ZoneId zone(Seat seat) {
        return calendar.zone(seat.communityId());
    }
}
