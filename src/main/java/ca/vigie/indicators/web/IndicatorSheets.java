package ca.vigie.indicators.web;

import ca.vigie.indicators.Sparkline;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.ValuePoint;
import ca.vigie.indicators.registry.Breakdowns;
import ca.vigie.indicators.registry.ComputedIndicators;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorAccess;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What an indicator's sheet shows, for its page and for each form of it sent back with a problem. */
@Component
class IndicatorSheets {

    private static final int PERIODS_OFFERED = 24;

    private final IndicatorRegistry registry;
    private final IndicatorValues values;
    private final ComputedIndicators computed;
    private final Breakdowns breakdowns;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    IndicatorSheets(
            IndicatorRegistry registry,
            IndicatorValues values,
            ComputedIndicators computed,
            Breakdowns breakdowns,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.registry = registry;
        this.values = values;
        this.computed = computed;
        this.breakdowns = breakdowns;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** The sheet at the current period, as a form sent back shows it. */
    String current(VigiePrincipal reader, Indicator indicator, Model model) {
        show(reader, indicator, indicator.frequency().periodOf(calendar.today(reader.communityId())), "", model);
        return "indicators/sheet";
    }

    void show(VigiePrincipal reader, Indicator indicator, LocalDate period, String breakdown, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute(
                "owner",
                directory
                        .organization(reader.communityId(), indicator.ownerOrganizationId())
                        .orElse(null));
        model.addAttribute(
                "responsible",
                indicator.responsibleUserId() == null
                        ? null
                        : directory
                                .person(reader.communityId(), indicator.responsibleUserId())
                                .orElse(null));
        model.addAttribute("targets", registry.targets(indicator.id()));
        List<ValuePoint> series = values.series(indicator, "");
        model.addAttribute("series", series);
        model.addAttribute("trend", Sparkline.of(series));
        model.addAttribute("categories", breakdowns.categories(reader.communityId(), indicator.breakdownDimensions()));
        model.addAttribute(
                "history",
                values.history(indicator.id()).stream()
                        .filter(recorded -> recorded.correctionReason() != null || recorded.replacedAt() != null)
                        .toList());
        model.addAttribute("locked", values.lockedPeriods(indicator.id()));
        model.addAttribute("canDefine", IndicatorAccess.canDefine(reader));
        String computedFrom = computed.sourceOf(indicator.id()).orElse(null);
        model.addAttribute("computedFrom", computedFrom);
        model.addAttribute("sources", computed.sources());
        model.addAttribute(
                "canEnter",
                IndicatorAccess.canEnterValues(reader, indicator) && !indicator.archived() && computedFrom == null);
        model.addAttribute("periods", periods(indicator));
        model.addAttribute("period", period);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("periodLocked", values.isLocked(indicator.id(), period));
        model.addAttribute(
                "currentValue",
                values.current(indicator.id(), period, breakdown).orElse(null));
        model.addAttribute("units", Unit.values());
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", IndicatorController.ValueEntry.blank(period, breakdown));
        }
        if (!model.containsAttribute("target")) {
            model.addAttribute("target", new TargetController.TargetForm(null, ""));
        }
        if (!model.containsAttribute("lock")) {
            model.addAttribute("lock", new TargetController.LockForm(null));
        }
    }

    private List<LocalDate> periods(Indicator indicator) {
        List<LocalDate> periods = new ArrayList<>();
        LocalDate period = indicator.frequency().periodOf(calendar.today(indicator.communityId()));
        for (int i = 0; i < PERIODS_OFFERED; i++) {
            periods.add(period);
            period = indicator.frequency().previous(period);
        }
        return periods;
    }
}
