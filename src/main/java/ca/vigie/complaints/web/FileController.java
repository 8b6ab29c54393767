package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintFile;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.ComplaintFiles.Reach;
import ca.vigie.complaints.files.ComplaintSettings;
import ca.vigie.complaints.files.ComplaintType;
import ca.vigie.complaints.files.FileHeader;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileNotices;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileRetention;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.IdentityReason;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.NoticeKind;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.files.Relation;
import ca.vigie.complaints.files.ReporterMode;
import ca.vigie.complaints.files.ReporterRole;
import ca.vigie.complaints.files.Standing;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.InformalMethod;
import ca.vigie.complaints.process.Process;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * purpose of the opening, then the file with its process, deadlines, staff and walls. A file
 * someone may not reach answers "not found".
 */
@Controller
@RequestMapping("/complaint-files")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('OFFICE_INTAKE') or hasRole('INVESTIGATOR'))")
class FileController {

    /** The session remembers, per file, the purpose it was opened for, so each reading is audited with it. */
    static final String OPENED_FOR = "complaintFilePurposes";

    private final ComplaintFiles files;
    private final FileLists lists;
    private final FileWork work;
    private final FileMessages messages;
    private final FileRetention retention;
    private final FileNotices notices;
    private final ComplaintSettings settings;
    private final OrganizationDirectory directory;
    private final Attachments attachments;
    private final IntakeDocuments documents;
    private final InformalServices services;

    FileController(
            ComplaintFiles files,
            FileLists lists,
            FileWork work,
            FileMessages messages,
            FileRetention retention,
            FileNotices notices,
            ComplaintSettings settings,
            OrganizationDirectory directory,
            Attachments attachments,
            IntakeDocuments documents,
            InformalServices services) {
        this.services = services;
        this.attachments = attachments;
        this.documents = documents;
        this.files = files;
        this.lists = lists;
        this.work = work;
        this.messages = messages;
        this.retention = retention;
        this.notices = notices;
        this.settings = settings;
        this.directory = directory;
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
        model.addAttribute("organizations", organizations(who));
        return "complaints/files";
    }

    @GetMapping("/oral-report")
    String oralForm(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("form", IntakeForm.blank());
        return showOralForm(who, model);
    }

    @PostMapping
    String recordOralReport(
            @AuthenticationPrincipal VigiePrincipal who,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<UUID> held = documents.stage(form, errors, model);
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
        return showOralForm(who, model);
    }

    @GetMapping("/{id}")
    String file(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, HttpSession session, Model model) {
        return show(who, id, session, model);
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
            return show(who, id, session, model);
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
            @RequestParam(required = false) @Nullable OpeningPurpose purpose,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        if (files.standing(who, id) != Standing.OPEN) {
            throw new NotFoundException("Complaint file");
        }
        if (purpose == null) {
            model.addAttribute("purposeProblem", "validation.required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(who, id, session, model);
        }
        Map<UUID, OpeningPurpose> opened = purposes(session);
        opened.put(id, purpose);
        // Stored sessions notice a change only when the attribute is set again.
        session.setAttribute(OPENED_FOR, opened);
        return "redirect:/complaint-files/" + id;
    }

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
        OpeningPurpose purpose = openedFor(who, id, session);
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
                return showOpen(who, id, purpose, model, StepForm.blank());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showOpen(who, id, purpose, model, StepForm.blank());
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
        OpeningPurpose purpose = openedFor(who, id, session);
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
        return showOpen(who, id, purpose, model, form);
    }

    @PostMapping("/{id}/assignments")
    String assign(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID userId,
            @RequestParam(required = false) @Nullable StaffRole role,
            @RequestParam(required = false) @Nullable LocalDate accessUntil,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = openedFor(who, id, session);
        try {
            work.assign(who, id, userId, role, accessUntil);
            redirect.addFlashAttribute("notice", "complaints.assign.done");
            return "redirect:/complaint-files/" + id;
        } catch (FileRejection rejected) {
            model.addAttribute("assignField", rejected.field());
            model.addAttribute("assignProblem", rejected.messageKey());
            model.addAttribute("typedAssignee", userId);
            model.addAttribute("typedRole", role);
            model.addAttribute("typedUntil", accessUntil);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showOpen(who, id, purpose, model, StepForm.blank());
        }
    }

    @PostMapping("/{id}/assignments/{userId}/{role}/remove")
    String unassign(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @PathVariable StaffRole role,
            HttpSession session,
            RedirectAttributes redirect) {
        openedFor(who, id, session);
        work.unassign(who, id, userId, role);
        redirect.addFlashAttribute("notice", "complaints.assign.removed");
        return "redirect:/complaint-files/" + id;
    }

    @PostMapping("/{id}/kept-out")
    String keepOut(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID deniedUserId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                who,
                id,
                session,
                () -> work.keepOut(who, id, deniedUserId),
                "complaints.keptOut.done",
                "keptOut",
                model,
                redirect,
                response);
    }

    @PostMapping("/{id}/messages")
    String write(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("messageForm") MessageForm form,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                who,
                id,
                session,
                () -> messages.sendFromOffice(who, id, form.text(), form.token()),
                "complaints.message.sent",
                "message",
                model,
                redirect,
                response);
    }

    @PostMapping("/{id}/notices")
    String generate(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable NoticeKind noticeKind,
            @RequestParam(required = false) @Nullable String noticeLanguage,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                who,
                id,
                session,
                () -> notices.generate(who, id, noticeKind, noticeLanguage),
                "complaints.notice.generated",
                "notice",
                model,
                redirect,
                response);
    }

    @GetMapping("/{id}/notices/{noticeId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID noticeId,
            HttpSession session) {
        openedFor(who, id, session);
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
        openedFor(who, id, session);
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

    @PostMapping("/{id}/reprisal-of")
    String linkReprisal(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID originalId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                who,
                id,
                session,
                () -> work.linkReprisal(who, id, originalId),
                "complaints.reprisal.linked",
                "reprisal",
                model,
                redirect,
                response);
    }

    @PostMapping("/{id}/legal-hold")
    String hold(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean held,
            HttpSession session,
            RedirectAttributes redirect) {
        openedFor(who, id, session);
        try {
            work.hold(who, id, held);
            redirect.addFlashAttribute("notice", held ? "complaints.retention.held" : "complaints.retention.released");
        } catch (FileRejection rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/complaint-files/" + id;
    }

    @PostMapping("/{id}/reporter")
    String readReporter(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable IdentityReason identityReason,
            @RequestParam(defaultValue = "false") boolean share,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = openedFor(who, id, session);
        try {
            if (share) {
                work.shareReporter(who, id, identityReason);
                redirect.addFlashAttribute("notice", "complaints.reporter.shared");
                return "redirect:/complaint-files/" + id;
            }
            model.addAttribute("revealedReporter", work.readReporter(who, id, identityReason));
        } catch (FileRejection rejected) {
            model.addAttribute("identityProblem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return showOpen(who, id, purpose, model, StepForm.blank());
    }

    /**
     * Does something to an opened file: done, back to the file with a notice; refused, the file again
     * with the problem next to the form, under {@code <form>Field} and {@code <form>Problem}.
     */
    private String act(
            VigiePrincipal who,
            UUID id,
            HttpSession session,
            Runnable act,
            String notice,
            String form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = openedFor(who, id, session);
        try {
            act.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/complaint-files/" + id;
        } catch (FileRejection rejected) {
            model.addAttribute(form + "Field", rejected.field());
            model.addAttribute(form + "Problem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showOpen(who, id, purpose, model, StepForm.blank());
        }
    }

    private String show(VigiePrincipal who, UUID id, HttpSession session, Model model) {
        Reach reach = files.reach(who, id);
        FileHeader header = files.header(who, id);
        model.addAttribute("header", header);
        model.addAttribute("organizations", organizations(who));
        if (reach.standing() == Standing.DECLARATION_OWED) {
            return "complaints/declaration";
        }
        OpeningPurpose purpose = purposes(session).get(id);
        if (purpose == null) {
            model.addAttribute("purposes", OpeningPurpose.values());
            return "complaints/opening";
        }
        return showOpen(who, id, purpose, model, StepForm.blank());
    }

    private String showOpen(VigiePrincipal who, UUID id, OpeningPurpose purpose, Model model, StepForm step) {
        ComplaintFile file = files.open(who, id, purpose);
        Reach reach = files.reach(who, id);
        Process process = Process.of(file.jurisdiction());
        Map<UUID, PersonRef> people = directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
        FileHeader header = files.header(who, id);
        model.addAttribute("file", file);
        model.addAttribute("header", header);
        ComplaintFiles.History history = files.history(who, id);
        model.addAttribute(
                "destroyOn",
                history.stages().stream()
                        .filter(e -> e.stage() == ca.vigie.complaints.process.Stage.CLOSED)
                        .map(e -> retention.destroyOn(file.jurisdiction(), e.on()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("retentionYears", settings.retentionYears(file.jurisdiction()));
        model.addAttribute("purpose", purpose);
        model.addAttribute("reach", reach);
        model.addAttribute("reporter", files.reporterForStaff(who, file).orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("today", files.today(who.communityId()));
        model.addAttribute(
                "recourseLimit",
                Deadlines.recourseLimit(file.jurisdiction(), file.lastIncident())
                        .orElse(null));
        model.addAttribute("nextStages", process.next(file.stage()));
        model.addAttribute("closureReasons", process.closureReasons(file.stage()));
        model.addAttribute("methods", InformalMethod.values());
        model.addAttribute(
                "stepKinds",
                file.jurisdiction() == ca.vigie.complaints.offices.Jurisdiction.FEDERAL
                        ? StepKind.values()
                        : new StepKind[] {StepKind.RESULTS_SENT});
        model.addAttribute("identityReasons", IdentityReason.values());
        model.addAttribute("assignments", files.assignments(who, id));
        model.addAttribute("assignable", reach.triages() ? files.assignable(who, id) : List.of());
        model.addAttribute(
                "assignRoles",
                List.of(
                        StaffRole.INTAKE_OFFICER,
                        StaffRole.CASE_MANAGER,
                        StaffRole.INVESTIGATOR,
                        StaffRole.RECOVERY_PRACTITIONER));
        model.addAttribute("people", people);
        model.addAttribute(
                "community",
                people.values().stream()
                        .filter(PersonRef::enabled)
                        .filter(p -> !p.id().equals(who.userId()))
                        .sorted(Comparator.comparing(PersonRef::displayName))
                        .toList());
        model.addAttribute("organizations", organizations(who));
        model.addAttribute("messages", messages.forStaff(who, id));
        model.addAttribute("notices", notices.notices(who, id));
        model.addAttribute("attachments", attachments.of(who, id));
        // Only a reprisal complaint offers the files it may be a reprisal for.
        List<FileHeader> openToMe = !file.types().contains(ComplaintType.REPRISAL)
                ? List.of()
                : lists.reachableBy(who).stream()
                        .filter(l -> l.standing() == Standing.OPEN)
                        .map(FileLists.Line::file)
                        .filter(f -> f.officeId().equals(header.officeId()) && !f.id().equals(id))
                        .toList();
        model.addAttribute("reprisalCandidates", openToMe);
        model.addAttribute("reprisal", file.types().contains(ComplaintType.REPRISAL));
        model.addAttribute(
                "offersInformal",
                process.next(file.stage()).contains(ca.vigie.complaints.process.Stage.INFORMAL_RESOLUTION));
        model.addAttribute(
                "original",
                header.relatedFileId() == null
                        ? null
                        : openToMe.stream()
                                .filter(f -> f.id().equals(header.relatedFileId()))
                                .findFirst()
                                .orElse(null));
        model.addAttribute("noticeKinds", NoticeKind.values());
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", MessageForm.blank());
        }
        if (!model.containsAttribute("transition")) {
            model.addAttribute("transition", TransitionForm.blank(file.version()));
        }
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", step);
        }
        return "complaints/file";
    }

    private String showOralForm(VigiePrincipal who, Model model) {
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        model.addAttribute("peopleRows", form.peopleRows());
        documents.show(form, model);
        List<UUID> served = files.organizationsTakenDownBy(who);
        model.addAttribute(
                "servedOrganizations",
                directory.organizations(who.communityId()).stream()
                        .filter(o -> served.contains(o.id()))
                        .toList());
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("modes", List.of(ReporterMode.NAMED, ReporterMode.CONFIDENTIAL));
        model.addAttribute("reporterRoles", ReporterRole.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute(
                "colleagues",
                directory.people(who.communityId()).stream()
                        .filter(PersonRef::enabled)
                        .filter(p -> served.contains(p.organizationId()))
                        .toList());
        return "complaints/oral-report";
    }

    /** The purpose this file was opened for in this session; without one, the file has not been opened. */
    private OpeningPurpose openedFor(VigiePrincipal who, UUID id, HttpSession session) {
        OpeningPurpose purpose = purposes(session).get(id);
        if (purpose == null || files.standing(who, id) != Standing.OPEN) {
            throw new NotFoundException("Complaint file");
        }
        return purpose;
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, OpeningPurpose> purposes(HttpSession session) {
        Object held = session.getAttribute(OPENED_FOR);
        if (held instanceof HashMap<?, ?> map) {
            return (Map<UUID, OpeningPurpose>) map;
        }
        HashMap<UUID, OpeningPurpose> fresh = new HashMap<>();
        session.setAttribute(OPENED_FOR, fresh);
        return fresh;
    }

    private Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }
}
