package ca.vigie.audit;

import ca.vigie.system.Actor;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
            @RequestParam(required = false) @Nullable String person,
            @RequestParam(required = false) @Nullable String objectType,
            @RequestParam(required = false) @Nullable String objectId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Long before,
            Model model,
            HttpServletRequest request) {
        return show(
                actor, new AuditSearch.Filter(person, objectType, objectId, action, from, to, before), model, request);
    }

    @PostMapping("/verify")
    String verify(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Nullable Long checkpointSeq,
            @RequestParam(required = false) @Nullable String checkpointHash,
            Model model,
            HttpServletRequest request) {
        AuditSearch.Verification verification = search.verify(checkpointSeq, checkpointHash);
        trail.record(AuditEntry.by(actor, "AUDIT_CHAIN_VERIFIED", "audit-trail", actor.communityId())
                .withOutcome(verification.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE));
        model.addAttribute("verification", verification);
        return show(actor, emptyFilter(), model, request);
    }

    private String show(Actor actor, AuditSearch.Filter filter, Model model, HttpServletRequest request) {
        trail.record(AuditEntry.by(actor, "AUDIT_TRAIL_VIEWED", "audit-trail", actor.communityId()));
        model.addAttribute("filter", filter);
        model.addAttribute("page", search.search(actor.communityId(), filter, calendar.zone(actor.communityId())));
        model.addAttribute("actions", search.actions(actor.communityId()));
        return Htmx.view(request, "audit/trail", "results");
    }

    private static AuditSearch.Filter emptyFilter() {
        return new AuditSearch.Filter(null, null, null, null, null, null, null);
    }
}
