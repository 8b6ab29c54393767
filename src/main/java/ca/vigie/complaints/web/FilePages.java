package ca.vigie.complaints.web;

import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintFile;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.ComplaintFiles.Reach;
import ca.vigie.complaints.files.ComplaintSettings;
import ca.vigie.complaints.files.FileHeader;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileNotices;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.IdentityReason;
import ca.vigie.complaints.files.NoticeKind;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.files.Standing;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.InformalMethod;
import ca.vigie.complaints.process.Process;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.complaints.retention.FileRetention;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import ca.vigie.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a complaint file's pages show, worked out in one place for their GET and for each of their
 * forms sent back with a problem: the declaration, the purpose of the opening, the file itself.
 */
@Component
class FilePages {

    /** The session remembers, per file, the purpose it was opened for, so each reading is audited with it. */
    static final String OPENED_FOR = "complaintFilePurposes";

    private final ComplaintFiles files;
    private final FileLists lists;
    private final FileMessages messages;
    private final FileRetention retention;
    private final FileNotices notices;
    private final ComplaintSettings settings;
    private final OrganizationDirectory directory;
    private final Attachments attachments;
    private final IntakeDocuments documents;

    private final MessageSource messageSource;

    FilePages(
            MessageSource messageSource,
            ComplaintFiles files,
            FileLists lists,
            FileMessages messages,
            FileRetention retention,
            FileNotices notices,
            ComplaintSettings settings,
            OrganizationDirectory directory,
            Attachments attachments,
            IntakeDocuments documents) {
        this.messageSource = messageSource;
        this.files = files;
        this.lists = lists;
        this.messages = messages;
        this.retention = retention;
        this.notices = notices;
        this.settings = settings;
        this.directory = directory;
        this.attachments = attachments;
        this.documents = documents;
    }

    /**
     * Does what a form of an opened file asks: done, back to the file with a notice; a value that could
     * not be read or a refusal, the file again with the problem next to the form, under
     * {@code <form>Field} and {@code <form>Problem}.
     */
    String act(
            VigiePrincipal who,
            UUID id,
            HttpSession session,
            String form,
            BindingResult errors,
            Runnable act,
            String notice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = openedFor(who, id, session);
        if (!errors.hasErrors()) {
            try {
                act.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/complaint-files/" + id;
            } catch (FileRejection rejected) {
                rejected.placeOn(errors);
            }
        }
        Forms.firstProblem(errors, messageSource).ifPresent(problem -> {
            model.addAttribute(form + "Field", problem.field());
            model.addAttribute(form + "Problem", problem.messageKey());
        });
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showOpen(who, id, purpose, model, StepForm.blank());
    }

    String show(VigiePrincipal who, UUID id, HttpSession session, Model model) {
        Reach reach = files.reach(who, id);
        if (reach.standing() == Standing.DECLARATION_OWED) {
            model.addAttribute("header", files.header(who, id));
            model.addAttribute("organizations", organizations(who));
            return "complaints/declaration";
        }
        OpeningPurpose purpose = purposes(session).get(id);
        if (purpose == null) {
            return showOpening(who, id, model);
        }
        return showOpen(who, id, purpose, model, StepForm.blank());
    }

    /** The question asked before a file opens: for what purpose. */
    String showOpening(VigiePrincipal who, UUID id, Model model) {
        model.addAttribute("header", files.header(who, id));
        model.addAttribute("organizations", organizations(who));
        model.addAttribute("purposes", OpeningPurpose.values());
        return "complaints/opening";
    }

    String showOpen(VigiePrincipal who, UUID id, OpeningPurpose purpose, Model model, StepForm step) {
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

    String showOralForm(VigiePrincipal who, Model model) {
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        model.addAttribute("peopleRows", form.peopleRows());
        documents.show(who.communityId(), form, model);
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
    OpeningPurpose openedFor(VigiePrincipal who, UUID id, HttpSession session) {
        OpeningPurpose purpose = purposes(session).get(id);
        if (purpose == null || files.standing(who, id) != Standing.OPEN) {
            throw new NotFoundException("Complaint file");
        }
        return purpose;
    }

    @SuppressWarnings("unchecked")
    static Map<UUID, OpeningPurpose> purposes(HttpSession session) {
        Object held = session.getAttribute(OPENED_FOR);
        if (held instanceof HashMap<?, ?> map) {
            return (Map<UUID, OpeningPurpose>) map;
        }
        HashMap<UUID, OpeningPurpose> fresh = new HashMap<>();
        session.setAttribute(OPENED_FOR, fresh);
        return fresh;
    }

    Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }
}
