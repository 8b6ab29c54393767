package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.CycleReminders;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.ReportingCycle;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting cycles of a plan, the update form of an item, and each person's "My updates". */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class CycleController {

    private final Plans plans;
    private final PlanItems items;
    private final ReportingCycles cycles;
    private final CycleReminders reminders;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;
    private final IndicatorCatalog indicators;

    CycleController(
            Plans plans,
            PlanItems items,
            ReportingCycles cycles,
            CycleReminders reminders,
            OrganizationDirectory directory,
            CommunityCalendar calendar,
            IndicatorCatalog indicators) {
        this.indicators = indicators;
        this.plans = plans;
        this.items = items;
        this.cycles = cycles;
        this.reminders = reminders;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping("/my-updates")
    String myUpdates(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("owed", cycles.owedBy(who));
        model.addAttribute(
                "values", indicators.owedBy(who.communityId(), who.userId(), calendar.today(who.communityId())));
        model.addAttribute("today", calendar.today(who.communityId()));
        return "plans/my-updates";
    }

    @GetMapping("/plans/{planId}/cycles")
    String list(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID planId, Model model) {
        PlanAccess access = manager(who, planId);
        model.addAttribute("form", CycleForm.suggested(calendar.today(who.communityId())));
        return showCycles(who, access, model);
    }

    @PostMapping("/plans/{planId}/cycles")
    String open(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @ModelAttribute("form") CycleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = manager(who, planId);
        if (form.kind() == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "validation.required");
        }
        if (form.dueDate() == null && !errors.hasFieldErrors("dueDate")) {
            errors.rejectValue("dueDate", "cycles.due.required");
        }
        if (!errors.hasErrors()) {
            try {
                cycles.open(access, form.kind(), form.periodStart(), form.periodEnd(), form.dueDate());
                redirect.addFlashAttribute("notice", "cycles.opened");
                return "redirect:/plans/" + planId + "/cycles";
            } catch (PlanRejection rejected) {
                if (cycles.cycles(access).stream().anyMatch(ReportingCycle::open)) {
                    // The form is not shown while a cycle is open: the refusal is said above the page.
                    model.addAttribute("problem", rejected.messageKey());
                } else {
                    rejected.placeOn(errors);
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showCycles(who, access, model);
    }

    private String showCycles(VigiePrincipal who, PlanAccess access, Model model) {
        model.addAttribute("plan", access.plan());
        model.addAttribute("cycles", cycles.cycles(access));
        ReportingCycle open = cycles.cycles(access).stream()
                .filter(ReportingCycle::open)
                .findFirst()
                .orElse(null);
        model.addAttribute("openCycle", open);
        model.addAttribute("owed", open == null ? java.util.List.of() : cycles.owedIn(access, open.id()));
        model.addAttribute("people", names(who));
        model.addAttribute("today", calendar.today(who.communityId()));
        model.addAttribute("kinds", CycleKind.values());
        return "plans/cycles";
    }

    @PostMapping("/plans/{planId}/cycles/{cycleId}/close")
    String close(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID cycleId,
            RedirectAttributes redirect) {
        cycles.close(who, planId, cycleId);
        redirect.addFlashAttribute("notice", "cycles.closedNow");
        return "redirect:/plans/" + planId + "/cycles";
    }

    @PostMapping("/plans/{planId}/cycles/{cycleId}/nudge")
    String nudge(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID cycleId,
            @RequestParam UUID person,
            RedirectAttributes redirect) {
        boolean sent = reminders.nudge(who, planId, cycleId, person);
        redirect.addFlashAttribute(sent ? "notice" : "problem", sent ? "cycles.nudged" : "cycles.notNudged");
        return "redirect:/plans/" + planId + "/cycles";
    }

    @GetMapping("/plans/{planId}/cycles/{cycleId}/items/{itemId}/update")
    String updateForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID cycleId,
            @PathVariable UUID itemId,
            Model model) {
        PlanAccess access = plans.access(who, planId);
        PlanItem item = updatable(access, itemId);
        ItemUpdate existing = cycles.update(cycleId, itemId).orElse(null);
        model.addAttribute(
                "update",
                existing == null
                        ? new UpdateForm(
                                item.details().statusCode(),
                                item.details().progress() == null
                                        ? ""
                                        : item.details().progress().toString(),
                                "",
                                "",
                                "",
                                null)
                        : UpdateForm.of(existing));
        return showUpdate(access, cycleId, item, model);
    }

    @PostMapping("/plans/{planId}/cycles/{cycleId}/items/{itemId}/update")
    String submit(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID cycleId,
            @PathVariable UUID itemId,
            @Valid @ModelAttribute("update") UpdateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = plans.access(who, planId);
        PlanItem item = updatable(access, itemId);
        Integer percent = null;
        String progress = form.progress() == null ? "" : form.progress().strip();
        if (!progress.isEmpty() && !errors.hasFieldErrors("progress")) {
            if (progress.matches("[0-9]{1,3}")) {
                percent = Integer.valueOf(progress);
            } else {
                errors.rejectValue("progress", "plans.items.progressRange");
            }
        }
        ItemUpdate.Content content = new ItemUpdate.Content(
                form.statusCode() == null || form.statusCode().isBlank() ? null : form.statusCode(),
                percent,
                text(form.accomplishments()),
                text(form.nextSteps()),
                text(form.blockers()));
        if (Forms.edit(errors, response, () -> cycles.submit(access, cycleId, itemId, content, form.version()), () -> {
            ItemUpdate theirs = cycles.update(cycleId, itemId).orElse(null);
            model.addAttribute("theirs", theirs);
            model.addAttribute("update", form.withVersion(theirs == null ? null : theirs.version()));
        })) {
            redirect.addFlashAttribute("notice", "cycles.update.saved");
            return "redirect:/my-updates";
        }
        return showUpdate(access, cycleId, item, model);
    }

    /** An item's update as typed; the progress stays text until read, so that what was typed comes back. */
    record UpdateForm(
            @Nullable String statusCode,
            @Nullable String progress,
            @Nullable String accomplishments,
            @Nullable String nextSteps,
            @Nullable String blockers,

            @Nullable Integer version) {

        static UpdateForm of(ItemUpdate saved) {
            return new UpdateForm(
                    saved.statusCode(),
                    saved.progress() == null ? "" : saved.progress().toString(),
                    saved.accomplishments(),
                    saved.nextSteps(),
                    saved.blockers(),
                    saved.version());
        }

        /** What was typed, to send again from the version someone else just saved. */
        UpdateForm withVersion(@Nullable Integer saved) {
            return new UpdateForm(statusCode, progress, accomplishments, nextSteps, blockers, saved);
        }
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }

    private String showUpdate(PlanAccess access, UUID cycleId, PlanItem item, Model model) {
        model.addAttribute("plan", access.plan());
        model.addAttribute("cycle", cycles.cycle(access, cycleId));
        model.addAttribute("item", item);
        model.addAttribute("scheme", plans.scheme(access.plan()));
        return "plans/update-form";
    }

    private PlanItem updatable(PlanAccess access, UUID itemId) {
        PlanItem item = items.get(access, itemId);
        access.requireUpdate(item);
        return item;
    }

    private PlanAccess manager(VigiePrincipal who, UUID planId) {
        PlanAccess access = plans.access(who, planId);
        access.requireManage();
        return access;
    }

    private Map<UUID, String> names(VigiePrincipal who) {
        return directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
    }
}
