package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.exchange.PlanExport;
import ca.vigie.plans.exchange.PlanImport;
import ca.vigie.plans.exchange.PlanSpreadsheets;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.ImportLimits;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plans to and from spreadsheets: XLSX and CSV downloads, and an import that shows every problem
 * of the file before anything is saved.
 */
@Controller
class ExchangeController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PREVIEW = "vigie.planImport.";

    private final Plans plans;
    private final PlanExport export;
    private final PlanImport imports;
    private final PlanTemplates templates;
    private final CommunityCalendar calendar;

    ExchangeController(
            Plans plans, PlanExport export, PlanImport imports, PlanTemplates templates, CommunityCalendar calendar) {
        this.plans = plans;
        this.export = export;
        this.imports = imports;
        this.templates = templates;
        this.calendar = calendar;
    }

    @GetMapping("/plans/{planId}/export.xlsx")
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID planId) {
        return download(export.xlsx(plans.access(who, planId), LocaleContextHolder.getLocale()), who, "xlsx", XLSX);
    }

    @GetMapping("/plans/{planId}/export.csv")
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID planId) {
        PlanAccess access = plans.access(who, planId);
        byte[] csv = export.csv(access, LocaleContextHolder.getLocale()).getBytes(StandardCharsets.UTF_8);
        return download(csv, who, "csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/plans/import")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String form(
            @AuthenticationPrincipal VigiePrincipal who,
            @RequestParam(required = false) @Nullable String tooLarge,
            Model model) {
        if (tooLarge != null) {
            model.addAttribute("problem", "import.file.tooBig");
        }
        model.addAttribute("importForm", new ImportForm(null, null, "", ""));
        model.addAttribute("templates", templates.available(who.communityId()));
        return "plans/import";
    }

    @PostMapping("/plans/import")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String preview(
            @AuthenticationPrincipal VigiePrincipal who,
            @Valid @ModelAttribute("importForm") ImportForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("templates", templates.available(who.communityId()));
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", "import.file.required");
        } else if (file.getSize() > ImportLimits.MAX_BYTES) {
            errors.rejectValue("file", "import.file.tooBig");
        }
        if (errors.hasErrors() || file == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "plans/import";
        }
        PlanImport.Preview preview;
        try {
            preview = imports.preview(
                    who,
                    file.getBytes(),
                    form.templateId(),
                    form.titleFr() == null ? "" : form.titleFr(),
                    form.titleEn() == null ? "" : form.titleEn(),
                    LocaleContextHolder.getLocale());
        } catch (PlanSpreadsheets.UnreadableFile unreadable) {
            errors.rejectValue("file", unreadable.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "plans/import";
        }
        model.addAttribute("preview", preview);
        if (preview.clean()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(PREVIEW + token, preview);
            model.addAttribute("token", token);
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "plans/import";
    }

    @PostMapping("/plans/import/{token}")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String confirm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable String token,
            HttpSession session,
            RedirectAttributes redirect) {
        Object preview = session.getAttribute(PREVIEW + token);
        session.removeAttribute(PREVIEW + token);
        if (!(preview instanceof PlanImport.Preview clean) || !clean.clean()) {
            redirect.addFlashAttribute("problem", "import.expired");
            return "redirect:/plans/import";
        }
        UUID planId = imports.importPlan(who, clean);
        redirect.addFlashAttribute("notice", "import.done");
        return "redirect:/plans/" + planId;
    }

    private ResponseEntity<byte[]> download(byte[] content, VigiePrincipal who, String extension, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-" + calendar.today(who.communityId()) + "." + extension)
                                .build()
                                .toString())
                .body(content);
    }

    /** A plan to import as sent: the spreadsheet, the template to read it by and the plan's titles. */
    record ImportForm(
            @Nullable MultipartFile file,
            @Nullable UUID templateId,

            @Size(max = 300, message = "{validation.tooLong}") @Nullable
            String titleFr,

            @Size(max = 300, message = "{validation.tooLong}") @Nullable
            String titleEn) {}
}
