package ca.vigie.coresponse.web;

import ca.vigie.coresponse.steering.CaseloadMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures.Dimension;
import ca.vigie.coresponse.steering.SteeringMeasures.Measures;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.AreaRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.PdfDocuments;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steering committee's page: the team's measures over any run of whole months, aggregates only,
 * small counts hidden, and the same figures as a de-identified CSV file.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}")
@PreAuthorize("hasAnyRole('CORESPONSE_LEAD', 'CORESPONSE_STEERING', 'PLAN_COORDINATOR')")
class SteeringController {

    private final Teams teams;
    private final SteeringMeasures measures;
    private final CaseloadMeasures caseload;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final PdfDocuments pdfs;

    SteeringController(
            Teams teams,
            SteeringMeasures measures,
            CaseloadMeasures caseload,
            OrganizationDirectory directory,
            MessageSource messages,
            PdfDocuments pdfs) {
        this.caseload = caseload;
        this.teams = teams;
        this.measures = measures;
        this.directory = directory;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    /** A range of whole months as asked, with the problem of each end when it could not be read. */
    record Range(
            YearMonth from,
            YearMonth to,
            @Nullable String fromProblem,
            @Nullable String toProblem) {}

    @GetMapping("/steering")
    String steering(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale,
            Model model) {
        Team team = teams.forSteering(person, teamId);
        Range range = range(team, from, to);
        model.addAttribute("team", team);
        model.addAttribute("range", range);
        model.addAttribute(
                "fromValue",
                from == null || range.fromProblem() == null ? range.from().toString() : from);
        model.addAttribute(
                "toValue", to == null || range.toProblem() == null ? range.to().toString() : to);
        Measures figures = measures.measure(team, range.from(), range.to());
        model.addAttribute("measures", figures);
        model.addAttribute("caseload", caseload.measure(team.id(), team.communityId(), range.from(), range.to()));
        model.addAttribute("events", CaseloadMeasures.Event.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("labels", labels(figures, team, locale));
        return "coresponse/steering";
    }

    /** The steering committee's report, in the language asked for, from the page's template. */
    @GetMapping("/steering.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String lang,
            Locale locale) {
        Locale language = "en".equals(lang) ? Locale.ENGLISH : "fr".equals(lang) ? Locale.FRENCH : locale;
        Team team = teams.forSteering(person, teamId);
        Range range = range(team, from, to);
        Measures figures = measures.measure(team, range.from(), range.to());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("team", team);
        model.put("range", range);
        model.put("measures", figures);
        model.put("caseload", caseload.measure(team.id(), team.communityId(), range.from(), range.to()));
        model.put("events", CaseloadMeasures.Event.values());
        model.put("dimensions", Dimension.values());
        model.put("labels", labels(figures, team, language));
        byte[] pdf = pdfs.render("coresponse/steering", model, language);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("steering-" + range.from() + "-" + range.to() + "-" + language.getLanguage()
                                        + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/steering.csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale)
            throws java.io.IOException {
        Team team = teams.forSteering(person, teamId);
        Range range = range(team, from, to);
        Measures figures = measures.measure(team, range.from(), range.to());
        Map<Dimension, Map<String, String>> labels = labels(figures, team, locale);
        String hidden = messages.getMessage("coresponse.steering.hidden", null, locale);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    text("coresponse.steering.csv.measure", locale),
                    text("coresponse.steering.csv.value", locale),
                    text("coresponse.steering.csv.count", locale));
            csv.printRecord(text("coresponse.steering.calls", locale), "", show(figures.calls(), hidden));
            for (Dimension dimension : Dimension.values()) {
                for (Map.Entry<String, @Nullable Integer> cell :
                        figures.breakdowns().get(dimension).cells().entrySet()) {
                    csv.printRecord(
                            text("coresponse.steering.dimension." + dimension, locale),
                            labels.get(dimension).get(cell.getKey()),
                            show(cell.getValue(), hidden));
                }
            }
            csv.printRecord(
                    text("coresponse.steering.apprehensionRate", locale),
                    "%",
                    show(figures.apprehensionRate(), hidden));
            csv.printRecord(
                    text("coresponse.steering.handoverMedian", locale),
                    "min",
                    show(figures.handoverMedianMinutes(), hidden));
            csv.printRecord(
                    text("coresponse.steering.handoverP90", locale), "min", show(figures.handoverP90Minutes(), hidden));
            csv.printRecord(
                    text("coresponse.steering.sceneMedian", locale), "min", show(figures.sceneMedianMinutes(), hidden));
            csv.printRecord(text("coresponse.steering.repeatPeople", locale), "", show(figures.repeatPeople(), hidden));
            csv.printRecord(text("coresponse.steering.diversions", locale), "", show(figures.diversions(), hidden));
            csv.printRecord(
                    text("coresponse.steering.patrolHours", locale), "h", show(figures.patrolHoursSaved(), hidden));
            csv.printRecord(
                    text("coresponse.steering.share", locale), "%", show(figures.shareOfMentalHealthCalls(), hidden));
            caseloadRows(
                    csv, caseload.measure(team.id(), team.communityId(), range.from(), range.to()), locale, hidden);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("steering-" + range.from() + "-" + range.to() + ".csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The caseload's rows of the CSV: its size and movements, then each cohort's events before and after. */
    private void caseloadRows(CSVPrinter csv, CaseloadMeasures.Caseload figures, Locale locale, String hidden)
            throws java.io.IOException {
        csv.printRecord(text("coresponse.steering.caseload.followed", locale), "", show(figures.followed(), hidden));
        csv.printRecord(
                text("coresponse.steering.caseload.enrolmentsInRange", locale), "", show(figures.enrolments(), hidden));
        csv.printRecord(
                text("coresponse.steering.caseload.dischargesInRange", locale), "", show(figures.discharges(), hidden));
        List<CaseloadMeasures.Cohort> cohorts = new ArrayList<>(figures.cohorts());
        if (figures.allCohorts() != null) {
            cohorts.add(figures.allCohorts());
        }
        for (CaseloadMeasures.Cohort cohort : cohorts) {
            String who = cohort == figures.allCohorts()
                    ? text("coresponse.steering.cohorts.all", locale)
                    : cohort.first() + (cohort.first().equals(cohort.last()) ? "" : " / " + cohort.last());
            csv.printRecord(text("coresponse.steering.cohorts.people", locale), who, show(cohort.people(), hidden));
            for (CaseloadMeasures.Event event : CaseloadMeasures.Event.values()) {
                csv.printRecord(
                        text("coresponse.steering.event.before." + event, locale),
                        who,
                        show(cohort.before().get(event), hidden));
                csv.printRecord(
                        text("coresponse.steering.event.after." + event, locale),
                        who,
                        show(cohort.after().get(event), hidden));
            }
        }
    }

    private Range range(Team team, @Nullable String from, @Nullable String to) {
        YearMonth last = measures.lastWholeMonth(team);
        YearMonth end = parse(to);
        String toProblem = to != null && end == null ? "coresponse.steering.error.month" : null;
        if (end == null) {
            end = last;
        }
        if (end.isAfter(last)) {
            end = last;
            toProblem = "coresponse.steering.error.wholeMonths";
        }
        YearMonth start = parse(from);
        String fromProblem = from != null && start == null ? "coresponse.steering.error.month" : null;
        if (start == null) {
            start = end.minusMonths(11);
        }
        if (start.isAfter(end)) {
            start = end;
            fromProblem = "coresponse.steering.error.order";
        }
        if (start.isBefore(end.minusMonths(SteeringMeasures.MAX_MONTHS - 1))) {
            start = end.minusMonths(SteeringMeasures.MAX_MONTHS - 1);
            fromProblem = "coresponse.steering.error.tooLong";
        }
        return new Range(start, end, fromProblem, toProblem);
    }

    private static @Nullable YearMonth parse(@Nullable String month) {
        if (month == null || !month.strip().matches("[0-9]{4}-[0-9]{2}")) {
            return null;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            return parsed.getYear() < 1900 || parsed.getYear() > 2199 ? null : parsed;
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    /** Each cell's label in the reader's language, by dimension. */
    private Map<Dimension, Map<String, String>> labels(Measures figures, Team team, Locale locale) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (AreaRef area : directory.areas(team.communityId())) {
            areas.put(area.id().toString(), area.name(locale));
        }
        Map<Dimension, Map<String, String>> labels = new LinkedHashMap<>();
        figures.breakdowns().forEach((dimension, published) -> {
            Map<String, String> named = new LinkedHashMap<>();
            published.cells().keySet().forEach(key -> named.put(key, label(dimension, key, areas, locale)));
            labels.put(dimension, named);
        });
        return labels;
    }

    private String label(Dimension dimension, String key, Map<String, String> areas, Locale locale) {
        if ("NONE".equals(key)) {
            return text(
                    dimension == Dimension.DISPOSITION
                            ? "coresponse.steering.stillOpen"
                            : "coresponse.steering.notRecorded",
                    locale);
        }
        return switch (dimension) {
            case MONTH -> key;
            case AREA -> areas.getOrDefault(key, key);
            case SOURCE -> text("coresponse.source." + key, locale);
            case ROLE -> text("coresponse.callRole." + key, locale);
            case NATURE -> text("coresponse.nature." + key, locale);
            case DISPOSITION -> text("coresponse.disposition." + key, locale);
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String show(@Nullable Object value, String hidden) {
        return value == null ? hidden : value.toString();
    }
}
