package ca.vigie.indicators.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import ca.vigie.system.NumberInput;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a coordinator sets on an indicator's sheet: its targets, and the periods whose values are final. */
@Controller
@RequestMapping("/indicators")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class TargetController {

    private final IndicatorRegistry registry;
    private final IndicatorValues values;
    private final IndicatorSheets sheets;

    TargetController(IndicatorRegistry registry, IndicatorValues values, IndicatorSheets sheets) {
        this.registry = registry;
        this.values = values;
        this.sheets = sheets;
    }

    @PostMapping("/{id}/targets")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String setTarget(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @Valid @ModelAttribute("target") TargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator indicator = registry.get(coordinator, id);
        if (!errors.hasFieldErrors("targetValue")
                && NumberInput.parse(form.targetValue()).isEmpty()) {
            errors.rejectValue(
                    "targetValue",
                    NumberInput.isBlank(form.targetValue()) ? "validation.required" : "validation.number");
        }
        if (Forms.submit(
                errors,
                response,
                () -> registry.setTarget(
                        coordinator,
                        id,
                        Objects.requireNonNull(form.targetDate()),
                        NumberInput.parse(form.targetValue()).orElse(BigDecimal.ZERO)))) {
            redirect.addFlashAttribute("notice", "indicators.target.saved");
            return "redirect:/indicators/" + id;
        }
        return sheets.current(coordinator, indicator, model);
    }

    @PostMapping("/{id}/targets/remove")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String removeTarget(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @RequestParam LocalDate targetDate,
            RedirectAttributes redirect) {
        registry.removeTarget(coordinator, id, targetDate);
        redirect.addFlashAttribute("notice", "indicators.target.removed");
        return "redirect:/indicators/" + id;
    }

    @PostMapping("/{id}/locks")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String lock(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @Valid @ModelAttribute("lock") LockForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator indicator = registry.get(coordinator, id);
        if (Forms.submit(
                errors, response, () -> values.lock(coordinator, id, Objects.requireNonNull(form.periodStart())))) {
            redirect.addFlashAttribute("notice", "indicators.period.lockedNow");
            return "redirect:/indicators/" + id;
        }
        return sheets.current(coordinator, indicator, model);
    }

    /** A target as typed: a date and a number written as people write them. */
    record TargetForm(
            @NotNull(message = "{validation.required}") @Nullable
            LocalDate targetDate,

            @Size(max = 30, message = "{validation.tooLong}") @Nullable
            String targetValue) {}

    /** The period whose values become final. */
    record LockForm(
            @NotNull(message = "{validation.required}") @Nullable
            LocalDate periodStart) {}
}
