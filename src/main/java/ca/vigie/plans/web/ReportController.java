package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.Plans;
import ca.vigie.plans.tree.ProgressReport;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.PdfDocuments;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The progress report of a plan, as a page and as a PDF from the same template. */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class ReportController {

    private final Plans plans;
    private final ProgressReport reports;
    private final PdfDocuments pdfs;
    private final CommunityCalendar calendar;

    ReportController(Plans plans, ProgressReport reports, PdfDocuments pdfs, CommunityCalendar calendar) {
        this.plans = plans;
        this.reports = reports;
        this.pdfs = pdfs;
        this.calendar = calendar;
    }

    @GetMapping("/plans/{planId}/report")
    String page(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID planId, Model model) {
        model.addAllAttributes(model(who, planId));
        return "plans/report";
    }

    @GetMapping("/plans/{planId}/report.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable String lang) {
        Locale locale = "en".equals(lang)
                ? Locale.ENGLISH
                : "fr".equals(lang) ? Locale.FRENCH : LocaleContextHolder.getLocale();
        byte[] pdf = pdfs.render("plans/report", model(who, planId), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-report-" + calendar.today(who.communityId()) + "-"
                                        + locale.getLanguage() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private Map<String, Object> model(VigiePrincipal who, UUID planId) {
        PlanAccess access = plans.access(who, planId);
        return Map.of("plan", access.plan(), "report", reports.of(access), "today", calendar.today(who.communityId()));
    }
}
