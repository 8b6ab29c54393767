package ca.vigie.complaints.web;

import ca.vigie.complaints.files.AnonymousReports;
import ca.vigie.complaints.files.AnonymousReports.Attempt;
import ca.vigie.complaints.files.FileHeader;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.system.Forms;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/**
 * The public pages of an office, for anyone without an account: report anonymously (a complaint or
 * a witness's notice) and get a receipt code, then follow the file and exchange messages with the
 * office by typing that code. Nothing identifies the person: the file keeps no account, address or
 * browser, and the pages are never cached.
 */
@Controller
@RequestMapping("/report")
@PublicEndpoint("Anonymous reporting needs no account, by design")
class AnonymousReportController {

    /** The file an anonymous person opened with their code, for the length of their visit. */
    static final String FOLLOWED = "anonymousFollowedFile";

    private final AnonymousReports reports;
    private final FileMessages messages;
    private final OrganizationDirectory directory;
    private final IntakeDocuments documents;

    AnonymousReportController(
            AnonymousReports reports,
            FileMessages messages,
            OrganizationDirectory directory,
            IntakeDocuments documents) {
        this.documents = documents;
        this.reports = reports;
        this.messages = messages;
        this.directory = directory;
    }

    @GetMapping("/{officeId}")
    String form(@PathVariable UUID officeId, Model model, HttpServletResponse response) {
        model.addAttribute("form", IntakeForm.blank());
        return showForm(officeId, model, response);
    }

    @PostMapping("/{officeId}")
    String submit(
            @PathVariable UUID officeId,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        // An office that does not exist holds nothing for anyone.
        ComplaintOffice office = reports.office(officeId).orElseThrow(() -> new NotFoundException("Complaint office"));
        List<UUID> held = documents.stage(office.communityId(), form, errors, model);
        form.requireChoices(errors, false);
        if (form.organizationId() == null) {
            errors.rejectValue("organizationId", "validation.required");
        }
        if (errors.hasErrors()) {
            form.alsoCheck(
                    () -> reports.check(officeId, form.organizationId(), form.anonymousIntake(held)), errors, model);
        } else {
            try {
                AnonymousReports.Receipt receipt =
                        reports.submit(officeId, form.organizationId(), form.anonymousIntake(held), form.token());
                noStore(response);
                model.addAttribute("office", reports.office(officeId).orElseThrow());
                model.addAttribute("code", receipt.code());
                return "complaints/receipt";
            } catch (FileRejection rejected) {
                form.reject(rejected, errors, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showForm(officeId, model, response);
    }

    @PostMapping("/saved")
    String saved(@RequestParam(defaultValue = "false") boolean saved, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("saved", saved);
        return "complaints/receipt-saved";
    }

    @GetMapping("/follow")
    String followForm(HttpServletResponse response) {
        noStore(response);
        return "complaints/follow";
    }

    @PostMapping("/follow")
    String follow(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        noStore(response);
        Attempt attempt = reports.follow(code);
        if (attempt instanceof Attempt.Opened opened) {
            // A new session id once the code is accepted; a session is made first when none came with the form.
            request.getSession();
            request.changeSessionId();
            request.getSession().setAttribute(FOLLOWED, opened.fileId());
            return "redirect:/report/follow/file";
        }
        model.addAttribute("problem", attempt instanceof Attempt.Throttled ? "anonymous.follow.throttled" : null);
        model.addAttribute("codeProblem", attempt instanceof Attempt.Throttled ? null : "anonymous.follow.refused");
        response.setStatus(
                attempt instanceof Attempt.Throttled
                        ? HttpStatus.TOO_MANY_REQUESTS.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "complaints/follow";
    }

    @GetMapping("/follow/file")
    String followed(HttpSession session, Model model, HttpServletResponse response) {
        noStore(response);
        FileHeader file = followedFile(session);
        if (file == null) {
            return "redirect:/report/follow";
        }
        model.addAttribute("messageForm", MessageForm.blank());
        return showFollowed(file, model);
    }

    @PostMapping("/follow/messages")
    String write(
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        noStore(response);
        FileHeader file = followedFile(session);
        if (file == null) {
            return "redirect:/report/follow";
        }
        if (Forms.submit(errors, response, () -> messages.sendFromAnonymous(file, form.text(), form.token()))) {
            redirect.addFlashAttribute("notice", "complaints.message.sent");
            return "redirect:/report/follow/file";
        }
        return showFollowed(file, model);
    }

    @PostMapping("/follow/leave")
    String leave(HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(FOLLOWED);
        redirect.addFlashAttribute("notice", "anonymous.follow.left");
        return "redirect:/report/follow";
    }

    private String showFollowed(FileHeader file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("messages", messages.forAnonymous(file));
        return "complaints/followed";
    }

    private @Nullable FileHeader followedFile(HttpSession session) {
        Object id = session.getAttribute(FOLLOWED);
        if (!(id instanceof UUID fileId)) {
            return null;
        }
        try {
            return reports.followed(fileId);
        } catch (NotFoundException gone) {
            session.removeAttribute(FOLLOWED);
            return null;
        }
    }

    private String showForm(UUID officeId, Model model, HttpServletResponse response) {
        noStore(response);
        ComplaintOffice office = reports.office(officeId).orElseThrow(() -> new NotFoundException("Complaint office"));
        model.addAttribute("office", office);
        model.addAttribute(
                "servedOrganizations",
                directory.organizations(office.communityId()).stream()
                        .filter(o -> office.serving(o.id()).isPresent())
                        .toList());
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("reporterRoles", ReporterRole.values());
        model.addAttribute("relations", Relation.values());
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        model.addAttribute("peopleRows", form.peopleRows());
        documents.show(office.communityId(), form, model);
        return "complaints/report";
    }

    /** Nothing of an anonymous visit stays in a browser's or a proxy's cache. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
