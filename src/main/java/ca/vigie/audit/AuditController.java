package ca.vigie.audit;

import ca.vigie.system.Actor;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The auditor's view of the trail. Filters are posted, not put in the URL, because a person's
 * username is a filter value. Looking at the trail is itself recorded.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    private final AuditSearch search;
    private final AuditTrail trail;
    private final CommunityCalendar calendar;

    AuditController(AuditSearch search, AuditTrail trail, CommunityCalendar calendar) {
        this.search = search;
        this.trail = trail;
        this.calendar = calendar;
    }

    @GetMapping
    String page(@AuthenticationPrincipal Actor actor, Model model, HttpServletRequest request) {
        return show(actor, emptyFilter(), model, request);
    }

    @PostMapping
    String filter(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("filter") AuditSearch.Filter filter,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            // The values that could be read still filter; the others are refused next to their field.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return show(actor, filter, model, request);
    }

    @PostMapping("/verify")
    String verify(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("checkpoint") Checkpoint checkpoint,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(actor, emptyFilter(), model, request);
        }
        AuditSearch.Verification verification = search.verify(checkpoint.checkpointSeq(), checkpoint.checkpointHash());
        trail.record(AuditEntry.by(actor, "AUDIT_CHAIN_VERIFIED", "audit-trail", actor.communityId())
                .withOutcome(verification.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE));
        model.addAttribute("verification", verification);
        return show(actor, emptyFilter(), model, request);
    }

    /** A point of the chain the auditor wrote down earlier, to be found again unchanged. */
    record Checkpoint(
            @Nullable Long checkpointSeq,

            @Size(max = 64, message = "{validation.tooLong}") @Nullable
            String checkpointHash) {}

    private String show(Actor actor, AuditSearch.Filter filter, Model model, HttpServletRequest request) {
        trail.record(AuditEntry.by(actor, "AUDIT_TRAIL_VIEWED", "audit-trail", actor.communityId()));
        if (!model.containsAttribute("filter")) {
            model.addAttribute("filter", filter);
        }
        if (!model.containsAttribute("checkpoint")) {
            model.addAttribute("checkpoint", new Checkpoint(null, null));
        }
        model.addAttribute("page", search.search(actor.communityId(), filter, calendar.zone(actor.communityId())));
        model.addAttribute("actions", search.actions(actor.communityId()));
        return Htmx.view(request, "audit/trail", "results");
    }

    private static AuditSearch.Filter emptyFilter() {
        return new AuditSearch.Filter(null, null, null, null, null, null, null);
    }
}
