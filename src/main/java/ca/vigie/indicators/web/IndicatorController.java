package ca.vigie.indicators.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.Dimension;
import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Breakdowns;
import ca.vigie.indicators.registry.ComputedIndicators;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorAccess;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorRejection;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Formats;
import ca.vigie.system.Forms;
import ca.vigie.system.Htmx;
import ca.vigie.system.NumberInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

/** The indicator registry: the list, the definition sheet with its trend, and value entry. */
@Controller
@RequestMapping("/indicators")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class IndicatorController {

    private final IndicatorRegistry registry;
    private final IndicatorValues values;
    private final ComputedIndicators computed;
    private final IndicatorCatalog list;
    private final Breakdowns breakdowns;
    private final OrganizationDirectory directory;
    private final Formats formats;
    private final CommunityCalendar calendar;
    private final IndicatorSheets sheets;

    IndicatorController(
            IndicatorRegistry registry,
            IndicatorValues values,
            ComputedIndicators computed,
            IndicatorCatalog list,
            Breakdowns breakdowns,
            OrganizationDirectory directory,
            Formats formats,
            CommunityCalendar calendar,
            IndicatorSheets sheets) {
        this.registry = registry;
        this.values = values;
        this.computed = computed;
        this.list = list;
        this.breakdowns = breakdowns;
        this.directory = directory;
        this.formats = formats;
        this.calendar = calendar;
        this.sheets = sheets;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal VigiePrincipal reader,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID owner,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("owner", owner);
        model.addAttribute("archived", archived);
        model.addAttribute("organizations", directory.organizations(reader.communityId()));
        model.addAttribute("indicators", list.search(reader.communityId(), q, owner, archived));
        model.addAttribute("canDefine", IndicatorAccess.canDefine(reader));
        return Htmx.view(request, "indicators/list", "results");
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String newForm(@AuthenticationPrincipal VigiePrincipal coordinator, Model model) {
        model.addAttribute("form", IndicatorForm.blank());
        return showForm(coordinator, null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String create(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var definition = form.definition(errors);
        if (errors.hasErrors() || definition.isEmpty() || form.formToken() == null) {
            if (form.formToken() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(coordinator, null, model);
        }
        try {
            UUID id = registry.define(coordinator, definition.get(), form.formToken());
            redirect.addFlashAttribute("notice", "indicators.created");
            return "redirect:/indicators/" + id;
        } catch (IndicatorRejection rejected) {
            rejected.placeOn(errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(coordinator, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String editForm(@AuthenticationPrincipal VigiePrincipal coordinator, @PathVariable UUID id, Model model) {
        Indicator indicator = registry.get(coordinator, id);
        model.addAttribute("form", IndicatorForm.of(indicator, formats::input));
        return showForm(coordinator, indicator, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String edit(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator current = registry.get(coordinator, id);
        var definition = form.definition(errors);
        if (errors.hasErrors() || definition.isEmpty() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(coordinator, current, model);
        }
        if (Forms.edit(
                errors, response, () -> registry.redefine(coordinator, id, definition.get(), form.version()), () -> {
                    model.addAttribute("theirs", current);
                    model.addAttribute("form", withVersion(form, current.version()));
                })) {
            redirect.addFlashAttribute("notice", "indicators.saved");
            return "redirect:/indicators/" + id;
        }
        return showForm(coordinator, current, model);
    }

    @PostMapping("/{id}/archived")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String archive(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @RequestParam boolean archived,
            RedirectAttributes redirect) {
        registry.setArchived(coordinator, id, archived);
        redirect.addFlashAttribute("notice", archived ? "indicators.archived" : "indicators.restored");
        return "redirect:/indicators/" + id;
    }

    @GetMapping("/{id}")
    String sheet(
            @AuthenticationPrincipal VigiePrincipal reader,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LocalDate period,
            @RequestParam(defaultValue = "") String breakdown,
            Model model,
            HttpServletRequest request) {
        Indicator indicator = registry.get(reader, id);
        LocalDate chosen =
                period == null ? indicator.frequency().periodOf(calendar.today(reader.communityId())) : period;
        sheets.show(reader, indicator, chosen, breakdown, model);
        return Htmx.view(request, "indicators/sheet", "valueForm");
    }

    @PostMapping("/{id}/values")
    String enterValue(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID id,
            @Valid @ModelAttribute("entry") ValueEntry entry,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator indicator = registry.get(person, id);
        LocalDate period = entry.periodStart();
        if (period == null && !errors.hasFieldErrors("periodStart")) {
            errors.rejectValue("periodStart", "validation.required");
        }
        String typed = entry.value() == null ? "" : entry.value();
        var parsed = NumberInput.parse(typed);
        if (parsed.isEmpty() && !errors.hasFieldErrors("value")) {
            errors.rejectValue("value", NumberInput.isBlank(typed) ? "validation.required" : "validation.number");
        }
        String breakdown = entry.breakdown() == null ? "" : entry.breakdown();
        if (Forms.edit(
                errors,
                response,
                () -> values.enter(
                        person,
                        id,
                        new IndicatorValues.Entry(
                                period,
                                breakdown,
                                parsed.orElseThrow(),
                                entry.note() == null ? "" : entry.note(),
                                entry.correctionReason(),
                                entry.replacing())),
                () -> errors.rejectValue("value", "indicators.value.stale"))) {
            redirect.addFlashAttribute("notice", "indicators.value.saved");
            return "redirect:/indicators/" + id + "?period=" + period + "&breakdown="
                    + java.net.URLEncoder.encode(breakdown, java.nio.charset.StandardCharsets.UTF_8);
        }
        sheets.show(
                person,
                indicator,
                period == null ? indicator.frequency().periodOf(calendar.today(person.communityId())) : period,
                breakdown,
                model);
        return "indicators/sheet";
    }

    @PostMapping("/{id}/computation")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String compute(
            @AuthenticationPrincipal VigiePrincipal coordinator,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String source,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator indicator = registry.get(coordinator, id);
        try {
            computed.compute(coordinator, id, source);
            redirect.addFlashAttribute(
                    "notice", source.isBlank() ? "indicators.computation.removed" : "indicators.computation.saved");
            return "redirect:/indicators/" + id;
        } catch (IndicatorRejection rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            sheets.show(
                    coordinator,
                    indicator,
                    indicator.frequency().periodOf(calendar.today(coordinator.communityId())),
                    "",
                    model);
            model.addAttribute("computationProblem", rejected.messageKey());
            model.addAttribute("typedSource", source);
            return "indicators/sheet";
        }
    }

    /**
     * A value as typed for one period and breakdown, replacing the current one when it corrects it; the
     * value stays text until read, so that what was typed comes back.
     */
    record ValueEntry(
            @Nullable LocalDate periodStart,
            @Nullable String breakdown,

            @Size(max = 30, message = "{validation.tooLong}") @Nullable
            String value,

            @Size(max = 500, message = "{validation.tooLong}") @Nullable
            String note,

            @Size(max = 500, message = "{validation.tooLong}") @Nullable
            String correctionReason,

            @Nullable UUID replacing) {

        static ValueEntry blank(LocalDate period, String breakdown) {
            return new ValueEntry(period, breakdown, null, "", "", null);
        }
    }

    private String showForm(VigiePrincipal coordinator, @Nullable Indicator indicator, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("units", Unit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute(
                "organizations",
                directory.organizations(coordinator.communityId()).stream()
                        .filter(OrganizationDirectory.OrganizationRef::active)
                        .toList());
        model.addAttribute(
                "people",
                directory.people(coordinator.communityId()).stream()
                        .filter(OrganizationDirectory.PersonRef::enabled)
                        .toList());
        return "indicators/form";
    }

    private static IndicatorForm withVersion(IndicatorForm form, @Nullable Integer version) {
        return new IndicatorForm(
                form.nameFr(),
                form.nameEn(),
                form.definitionFr(),
                form.definitionEn(),
                form.unit(),
                form.direction(),
                form.tolerancePercent(),
                form.bandLow(),
                form.bandHigh(),
                form.baselineValue(),
                form.baselineDate(),
                form.baselineSource(),
                form.frequency(),
                form.dataSource(),
                form.ownerOrganizationId(),
                form.responsibleUserId(),
                form.breakdowns(),
                version,
                null);
    }
}
