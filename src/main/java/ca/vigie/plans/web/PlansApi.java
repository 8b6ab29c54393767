package ca.vigie.plans.web;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.PlanRole;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.exchange.PlanExport;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.plans.tree.ProgressReport;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.PdfDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans for integrations: the plans a caller may see, one plan with its item tree, and its report. */
@RestController
@RequestMapping("/api/v1/plans")
@PreAuthorize(ApiScopes.MAY_READ_PLANS)
@Tag(name = "Plans")
class PlansApi {

    private final Plans plans;
    private final PlanTree trees;
    private final ProgressReport reports;
    private final PdfDocuments pdfs;
    private final CommunityCalendar calendar;
    private final PlanExport export;

    PlansApi(
            Plans plans,
            PlanTree trees,
            ProgressReport reports,
            PdfDocuments pdfs,
            CommunityCalendar calendar,
            PlanExport export) {
        this.export = export;
        this.plans = plans;
        this.trees = trees;
        this.reports = reports;
        this.pdfs = pdfs;
        this.calendar = calendar;
    }

    record PlanSummary(UUID id, String titleFr, String titleEn, String template, int items, PlanRole role) {}

    record Item(
            UUID id,
            String level,
            String titleFr,
            String titleEn,
            @Nullable String status,
            @Nullable Integer progress,
            @Nullable UUID leadOrganizationId,
            @Nullable UUID responsibleUserId,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            List<UUID> indicatorIds,
            @Nullable String rolledUpStatus,
            int completedLeaves,
            int leaves,
            List<Item> children) {}

    record PlanDetail(
            UUID id,
            String titleFr,
            String titleEn,
            String template,
            RollupRule rollupRule,
            PlanRole role,
            List<Item> items) {}

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plans the caller may see")
    List<PlanSummary> list(@AuthenticationPrincipal VigiePrincipal who) {
        return plans.visibleTo(who).stream()
                .map(p -> new PlanSummary(p.id(), p.titleFr(), p.titleEn(), p.templateEn(), p.items(), p.role()))
                .toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One plan with its item tree and roll-ups; 404 when the caller may not see it")
    PlanDetail plan(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id) {
        PlanAccess access = plans.access(who, id);
        PlanTree.Tree tree = trees.of(access, false);
        return new PlanDetail(
                id,
                access.plan().titleFr(),
                access.plan().titleEn(),
                tree.template().code(),
                access.plan().rollupRule(),
                access.role(),
                tree.roots().stream().map(PlansApi::item).toList());
    }

    @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The progress report as a PDF, in French (lang=fr) or English (lang=en)")
    ResponseEntity<byte[]> report(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "fr") String lang) {
        PlanAccess access = plans.access(who, id);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
        byte[] pdf = pdfs.render(
                "plans/report",
                Map.of("plan", access.plan(), "report", reports.of(access), "today", calendar.today(who.communityId())),
                locale);
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

    @GetMapping(path = "/{id}/export.xlsx", produces = ExchangeController.XLSX)
    @Operation(summary = "The plan as a spreadsheet, one row per item, in the caller's language (Accept-Language)")
    ResponseEntity<byte[]> spreadsheet(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id) {
        byte[] sheet = export.xlsx(plans.access(who, id), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ExchangeController.XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-" + calendar.today(who.communityId()) + ".xlsx")
                                .build()
                                .toString())
                .body(sheet);
    }

    private static Item item(PlanTree.Node node) {
        var d = node.item().details();
        return new Item(
                node.item().id(),
                node.level().code(),
                d.titleFr(),
                d.titleEn(),
                d.statusCode(),
                d.progress(),
                d.leadOrganizationId(),
                d.responsibleUserId(),
                d.startDate(),
                d.endDate(),
                d.indicatorIds(),
                node.rollup().worst() == null ? null : node.rollup().worst().code(),
                node.rollup().completedLeaves(),
                node.rollup().leaves(),
                node.children().stream().map(PlansApi::item).toList());
    }
}
