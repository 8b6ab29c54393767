package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileNotices;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.NoticeKind;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.files.Standing;
import ca.vigie.complaints.process.Stage;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office staff's screens: the files they may reach with what each owes next, an oral report
 * taken down, and a file itself — first the declaration of no conflict of interest, then the
 * purpose of the opening, then the file with its process, deadlines, messages and notices. A file
 * someone may not reach answers "not found".
 */
@Controller
@RequestMapping("/complaint-files")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('OFFICE_INTAKE') or hasRole('INVESTIGATOR'))")
class FileController {

    private final FilePages pages;
    private final ComplaintFiles files;
    private final FileLists lists;
    private final FileWork work;
    private final FileMessages messages;
    private final FileNotices notices;
    private final Attachments attachments;
    private final IntakeDocuments documents;
    private final InformalServices services;

    FileController(
            FilePages pages,
            ComplaintFiles files,
            FileLists lists,
            FileWork work,
            FileMessages messages,
            FileNotices notices,
            Attachments attachments,
            IntakeDocuments documents,
            InformalServices services) {
        this.pages = pages;
        this.files = files;
        this.lists = lists;
        this.work = work;
        this.messages = messages;
        this.notices = notices;
        this.attachments = attachments;
        this.documents = documents;
        this.services = services;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal VigiePrincipal who,
            @ModelAttribute("filter") FileListPage.Filter filter,
            BindingResult errors,
            Model model) {
        FileListPage.Asked asked = FileListPage.asked(filter, errors);
        // A page of files, and the soonest deadlines first, a screenful: each file shows all of its own.
        FileLists.Listing listing = lists.listing(
                who, asked.stage(), asked.reference(), asked.page(), FileListPage.PAGE_SIZE, FileListPage.PAGE_SIZE);
        model.addAttribute("files", FileListPage.of(listing.files(), asked));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("owed", listing.owed().soonest());
        model.addAttribute("owedLater", listing.owed().more());
        model.addAttribute("today", files.today(who.communityId()));
        model.addAttribute("takesDown", !files.organizationsTakenDownBy(who).isEmpty());
        model.addAttribute("helps", !services.organizationsHelpedBy(who).isEmpty());
        model.addAttribute("organizations", pages.organizations(who));
        return "complaints/files";
    }

    @GetMapping("/oral-report")
    String oralForm(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("form", IntakeForm.blank());
        return pages.showOralForm(who, model);
    }

    @PostMapping
    String recordOralReport(
            @AuthenticationPrincipal VigiePrincipal who,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<UUID> held = documents.stage(who.communityId(), form, errors, model);
        form.requireChoices(errors, true);
        if (form.organizationId() == null) {
            errors.rejectValue("organizationId", "validation.required");
        }
        if (errors.hasErrors()) {
            form.alsoCheck(() -> files.checkTakenDown(who, form.intake(held), form.reporter()), errors, model);
        } else {
            try {
                UUID id = files.recordOralReport(
                        who, form.organizationId(), form.intake(held), form.reporter(), form.token());
                redirect.addFlashAttribute("notice", "complaints.oral.recorded");
                return "redirect:/complaint-files/" + id;
            } catch (FileRejection rejected) {
                form.reject(rejected, errors, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showOralForm(who, model);
    }

    @GetMapping("/{id}")
    String file(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, HttpSession session, Model model) {
        return pages.show(who, id, session, model);
    }

    @PostMapping("/{id}/declaration")
    String declare(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Boolean conflict,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (conflict == null) {
            files.header(who, id);
            model.addAttribute("declarationProblem", "validation.required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return pages.show(who, id, session, model);
        }
        work.declare(who, id, conflict);
        if (conflict) {
            redirect.addFlashAttribute("notice", "complaints.declaration.conflictRecorded");
            return "redirect:/complaint-files";
        }
        redirect.addFlashAttribute("notice", "complaints.declaration.recorded");
        return "redirect:/complaint-files/" + id;
    }

    @PostMapping("/{id}/opening")
    String open(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("opening") OpeningForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        if (files.standing(who, id) != Standing.OPEN) {
            throw new NotFoundException("Complaint file");
        }
        OpeningPurpose purpose = form.purpose();
        if (errors.hasErrors() || purpose == null) {
            model.addAttribute(
                    "purposeProblem", errors.hasErrors() ? "validation.invalidChoice" : "validation.required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return pages.showOpening(who, id, model);
        }
        Map<UUID, OpeningPurpose> opened = FilePages.purposes(session);
        opened.put(id, purpose);
        // Stored sessions notice a change only when the attribute is set again.
        session.setAttribute(FilePages.OPENED_FOR, opened);
        return "redirect:/complaint-files/" + id;
    }

    /** Why a file is opened, as chosen: every reading is audited with it. */
    record OpeningForm(@Nullable OpeningPurpose purpose) {}

    @PostMapping("/{id}/stage")
    String advance(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("transition") TransitionForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = pages.openedFor(who, id, session);
        if (!errors.hasErrors()) {
            try {
                work.advance(who, id, form.transition(), form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("notice", "complaints.stage.changed");
                return "redirect:/complaint-files/" + id;
            } catch (FileRejection rejected) {
                rejected.placeOn(errors);
            } catch (StaleEditException stale) {
                model.addAttribute("stale", true);
                response.setStatus(HttpStatus.CONFLICT.value());
                return pages.showOpen(who, id, purpose, model, StepForm.blank());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showOpen(who, id, purpose, model, StepForm.blank());
    }

    @PostMapping("/{id}/steps")
    String record(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("step") StepForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = pages.openedFor(who, id, session);
        if (!errors.hasErrors()) {
            try {
                work.record(
                        who,
                        id,
                        form.kind(),
                        form.doneOn(),
                        form.lateReason() == null ? "" : form.lateReason(),
                        form.formToken() == null ? UUID.randomUUID() : form.formToken());
                redirect.addFlashAttribute("notice", "complaints.step.recorded");
                return "redirect:/complaint-files/" + id;
            } catch (FileRejection rejected) {
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showOpen(who, id, purpose, model, form);
    }

    @PostMapping("/{id}/messages")
    String write(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = pages.openedFor(who, id, session);
        if (Forms.submit(errors, response, () -> messages.sendFromOffice(who, id, form.text(), form.token()))) {
            redirect.addFlashAttribute("notice", "complaints.message.sent");
            return "redirect:/complaint-files/" + id;
        }
        return pages.showOpen(who, id, purpose, model, StepForm.blank());
    }

    @PostMapping("/{id}/notices")
    String generate(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("notice") NoticeForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                who,
                id,
                session,
                "notice",
                errors,
                () -> notices.generate(who, id, form.noticeKind(), form.noticeLanguage()),
                "complaints.notice.generated",
                model,
                redirect,
                response);
    }

    /** A notice to draw up, and in which language. */
    record NoticeForm(
            @Nullable NoticeKind noticeKind, @Nullable String noticeLanguage) {}

    @GetMapping("/{id}/notices/{noticeId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID noticeId,
            HttpSession session) {
        pages.openedFor(who, id, session);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("notice-" + noticeId + ".pdf")
                                .build()
                                .toString())
                .body(notices.document(who, id, noticeId));
    }

    /**
     * A document on the file, always saved rather than shown: served as the kind its content was
     * checked to be, under a name made safe, and sandboxed should a browser render it anyway.
     */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID attachmentId,
            HttpSession session) {
        pages.openedFor(who, id, session);
        Attachments.Download download = attachments.download(who, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.type().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }
}
