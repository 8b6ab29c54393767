package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.ComplaintSettings;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.statistics.AnnualReport;
import ca.vigie.complaints.statistics.ComplaintStatistics;
import ca.vigie.complaints.statistics.OfficeStatistics;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.PdfDocuments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * An office's aggregates for its analysts and lead, by year, and the federal annual report as PDF
 * and CSV. Small counts are hidden; no page here names a file or a person.
 */
@Controller
@RequestMapping("/complaint-statistics")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class OfficeStatisticsController {

    private final ComplaintStatistics statistics;
    private final AnnualReport annual;
    private final PdfDocuments pdfs;
    private final OrganizationDirectory directory;
    private final ComplaintSettings settings;
    private final CommunityCalendar calendar;

    OfficeStatisticsController(
            ComplaintStatistics statistics,
            AnnualReport annual,
            PdfDocuments pdfs,
            OrganizationDirectory directory,
            ComplaintSettings settings,
            CommunityCalendar calendar) {
        this.settings = settings;
        this.statistics = statistics;
        this.annual = annual;
        this.pdfs = pdfs;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping
    String offices(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("offices", statistics.officesReadBy(who));
        return "complaints/statistics-offices";
    }

    @GetMapping("/{officeId}")
    String office(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID officeId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        int shown = year(who, year);
        model.addAllAttributes(report(who, officeId, shown));
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(shown - 5, thisYear(who))
                        .boxed()
                        .toList());
        return "complaints/statistics";
    }

    @GetMapping(path = "/{officeId}/annual-report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID officeId,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale) {
        int shown = year(who, year);
        OfficeStatistics figures = figures(who, officeId, shown);
        Map<UUID, OrganizationRef> organizations = organizations(who);
        String body = annual.csv(
                figures,
                id -> organizations.containsKey(id) ? organizations.get(id).name(locale) : id.toString(),
                locale);
        return download(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8), "text/csv", shown, "csv");
    }

    @GetMapping(path = "/{officeId}/annual-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID officeId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "fr") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
        byte[] pdf = pdfs.render("complaints/annual-report", report(who, officeId, year(who, year)), locale);
        return download(pdf, MediaType.APPLICATION_PDF_VALUE, year(who, year), locale.getLanguage() + ".pdf");
    }

    private Map<String, Object> report(VigiePrincipal who, UUID officeId, int year) {
        ComplaintOffice office = statistics.readable(who, officeId);
        return Map.of(
                "office",
                office,
                "year",
                year,
                "figures",
                figures(who, officeId, year),
                "organizations",
                organizations(who),
                "smallestCount",
                settings.smallestCount());
    }

    private OfficeStatistics figures(VigiePrincipal who, UUID officeId, int year) {
        return statistics.forReader(who, officeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private int year(VigiePrincipal who, @Nullable Integer asked) {
        int now = thisYear(who);
        return asked == null || asked > now || asked < now - 50 ? now : asked;
    }

    private int thisYear(VigiePrincipal who) {
        return calendar.today(who.communityId()).getYear();
    }

    private Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, int year, String suffix) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("complaints-annual-report-" + year + "." + suffix)
                                .build()
                                .toString())
                .body(body);
    }
}
