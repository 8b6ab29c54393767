package ca.vigie.situations.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.SituationSettings;
import ca.vigie.situations.statistics.Breakdown;
import ca.vigie.situations.statistics.Count;
import ca.vigie.situations.statistics.SituationExport;
import ca.vigie.situations.statistics.SituationStatistics;
import ca.vigie.situations.statistics.SituationStatistics.Period;
import ca.vigie.situations.statistics.SituationStatistics.Statistics;
import ca.vigie.situations.tables.SituationTables;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Statistics pages for a table and for the community, and a table's de-identified CSV export. Who
 * may read them is decided by the statistics service; anyone else is told the table does not exist.
 */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class StatisticsController {

    private final SituationStatistics statistics;
    private final SituationExport export;
    private final SituationTables tables;
    private final StatisticsLabels labels;
    private final SituationSettings settings;

    StatisticsController(
            SituationStatistics statistics,
            SituationExport export,
            SituationTables tables,
            StatisticsLabels labels,
            SituationSettings settings) {
        this.statistics = statistics;
        this.export = export;
        this.tables = tables;
        this.labels = labels;
        this.settings = settings;
    }

    /** One breakdown as the page shows it: a row per cell, with its words. */
    record Section(String dimension, List<Row> rows, Count total) {}

    record Row(String label, Count count) {}

    @GetMapping("/situation-tables/{tableId}/statistics")
    String table(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Period period = period(from, to, model, response);
        Statistics figures = statistics.forTable(who, tableId, period);
        model.addAttribute("table", tables.get(who.communityId(), tableId));
        return show(who, figures, locale, model);
    }

    @GetMapping("/situation-statistics")
    String community(
            @AuthenticationPrincipal VigiePrincipal who,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Period period = period(from, to, model, response);
        return show(who, statistics.forCommunity(who, period), locale, model);
    }

    @GetMapping(value = "/situation-tables/{tableId}/export.csv", produces = "text/csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID tableId, Locale locale) {
        return csvResponse(export.csv(who, tableId, locale), tableId);
    }

    static ResponseEntity<String> csvResponse(String csv, UUID tableId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("situations-" + tableId + ".csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    private String show(VigiePrincipal who, Statistics figures, Locale locale, Model model) {
        StatisticsLabels.Labeller labeller = labels.forReader(who, locale);
        List<Section> sections = figures.breakdowns().values().stream()
                .map(breakdown -> section(breakdown, labeller))
                .toList();
        model.addAttribute("figures", figures);
        model.addAttribute("sections", sections);
        model.addAttribute("hiddenBelow", settings.smallestCount());
        return "situations/statistics";
    }

    private static Section section(Breakdown breakdown, StatisticsLabels.Labeller labeller) {
        return new Section(
                breakdown.dimension().name(),
                breakdown.cells().stream()
                        .map(cell -> new Row(labeller.label(breakdown.dimension(), cell.key()), cell.count()))
                        .toList(),
                breakdown.total());
    }

    /**
     * The months asked for, whole months only, so that no two periods differ by a few days; one that
     * ends before it starts is refused and the whole history shown instead.
     */
    private static Period period(
            @Nullable YearMonth from, @Nullable YearMonth to, Model model, HttpServletResponse response) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            model.addAttribute("periodProblem", "statistics.period.order");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return Period.ALL;
        }
        return Period.months(from, to);
    }
}
