package ca.vigie.organizations.admin;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.PasswordPolicy;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.ReportingLines;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAdministration;
import ca.vigie.system.Forms;
import ca.vigie.system.Htmx;
import ca.vigie.system.ImportLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People and their memberships. The search is posted rather than put in the URL, since it holds
 * names.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class UserAdminController {

    private final UserAdministration administration;
    private final ReportingLines reportingLines;
    private final OrganizationDirectory directory;

    UserAdminController(
            UserAdministration administration, ReportingLines reportingLines, OrganizationDirectory directory) {
        this.administration = administration;
        this.reportingLines = reportingLines;
        this.directory = directory;
    }

    @ModelAttribute("organizations")
    List<ca.vigie.organizations.directory.Organization> organizations(@AuthenticationPrincipal VigiePrincipal admin) {
        return administration.selectableOrganizations(admin);
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal admin, Model model, HttpServletRequest request) {
        model.addAttribute("search", new UserSearch("", null));
        model.addAttribute("users", administration.search(admin, null, null));
        return "admin/users";
    }

    @PostMapping("/search")
    String search(
            @AuthenticationPrincipal VigiePrincipal admin,
            @Valid @ModelAttribute("search") UserSearch search,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            // What could be read still narrows the list; the rest is refused next to its field.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("users", administration.search(admin, search.q(), search.organizationId()));
        return Htmx.view(request, "admin/users", "results");
    }

    /** Who to look for: part of a name, username or e-mail, and an organisation. */
    record UserSearch(
            @Size(max = 100, message = "{validation.tooLong}") @Nullable
            String q,

            @Nullable UUID organizationId) {}

    @GetMapping("/reporting-lines")
    String reportingLinesForm() {
        return "admin/reporting-lines";
    }

    /** An import of reporting lines: every row checked, nothing saved unless all are right. */
    @PostMapping("/reporting-lines")
    String importReportingLines(
            @AuthenticationPrincipal VigiePrincipal admin,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileProblem", "reporting.import.noFile");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/reporting-lines";
        }
        if (file.getSize() > ImportLimits.MAX_BYTES) {
            model.addAttribute("fileProblem", "import.file.tooBig");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/reporting-lines";
        }
        ReportingLines.Imported imported = reportingLines.importCsv(admin, file.getBytes());
        if (imported.problems().isEmpty()) {
            redirect.addFlashAttribute("notice", "reporting.import.saved");
            redirect.addFlashAttribute("saved", imported.saved());
            return "redirect:/admin/users/reporting-lines";
        }
        model.addAttribute("problems", imported.problems());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "admin/reporting-lines";
    }

    @PostMapping("/{id}/manager")
    String setManager(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("manager") ManagerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount account = administration.get(admin, id);
        if (Forms.submit(errors, response, () -> reportingLines.setManager(admin, id, form.managerId()))) {
            redirect.addFlashAttribute("notice", "reporting.saved");
            return "redirect:/admin/users/" + id;
        }
        return showUser(admin, account, model);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", UserForm.blank());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "admin/user-new";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal VigiePrincipal admin,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        String username = form.username() == null ? "" : form.username().strip();
        String password = form.temporaryPassword() == null ? "" : form.temporaryPassword();
        if (username.isEmpty()) {
            errors.rejectValue("username", "validation.required");
        }
        PasswordPolicy.violation(password, username).ifPresent(key -> errors.rejectValue("temporaryPassword", key));
        if (errors.hasErrors() || form.formToken() == null) {
            if (form.formToken() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/user-new";
        }
        UUID id;
        try {
            id = administration.create(admin, username, form.details(), password, form.formToken());
        } catch (RejectedValueException rejected) {
            rejected.placeOn(errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/user-new";
        }
        redirect.addFlashAttribute("notice", "admin.users.created");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, Model model) {
        UserAccount account = administration.get(admin, id);
        model.addAttribute("form", UserForm.of(account));
        return showUser(admin, account, model);
    }

    @PostMapping("/{id}")
    String edit(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount current = administration.get(admin, id);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showUser(admin, current, model);
        }
        if (Forms.edit(errors, response, () -> administration.edit(admin, id, form.details(), form.version()), () -> {
            model.addAttribute("theirs", current);
            model.addAttribute(
                    "form",
                    new UserForm(
                            current.username(),
                            form.displayName(),
                            form.email(),
                            form.organizationId(),
                            null,
                            current.version(),
                            null));
        })) {
            redirect.addFlashAttribute("notice", "admin.users.saved");
            return "redirect:/admin/users/" + id;
        }
        return showUser(admin, current, model);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            administration.setEnabled(admin, id, enabled);
            redirect.addFlashAttribute("notice", enabled ? "admin.users.enabled" : "admin.users.disabled");
        } catch (RejectedValueException rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String temporaryPassword,
            RedirectAttributes redirect) {
        UserAccount account = administration.get(admin, id);
        var violation = PasswordPolicy.violation(temporaryPassword, account.username());
        if (violation.isPresent()) {
            redirect.addFlashAttribute("problem", violation.get());
            return "redirect:/admin/users/" + id;
        }
        administration.resetPassword(admin, id, temporaryPassword);
        redirect.addFlashAttribute("notice", "admin.users.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/mfa/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, RedirectAttributes redirect) {
        administration.resetSecondFactor(admin, id);
        redirect.addFlashAttribute("notice", "admin.users.mfaReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/memberships")
    String grant(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("membership") MembershipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount account = administration.get(admin, id);
        if (Forms.submit(
                errors,
                response,
                () -> administration.grant(
                        admin,
                        id,
                        Objects.requireNonNull(form.organizationId()),
                        Objects.requireNonNull(form.role())))) {
            redirect.addFlashAttribute("notice", "admin.memberships.granted");
            return "redirect:/admin/users/" + id;
        }
        return showUser(admin, account, model);
    }

    @PostMapping("/{id}/memberships/{membershipId}/revoke")
    String revoke(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID membershipId,
            RedirectAttributes redirect) {
        try {
            administration.revoke(admin, id, membershipId);
            redirect.addFlashAttribute("notice", "admin.memberships.revoked");
        } catch (RejectedValueException rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String showUser(VigiePrincipal admin, UserAccount account, Model model) {
        Optional<UUID> manager = reportingLines.managerOf(admin.communityId(), account.id());
        model.addAttribute("account", account);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.of(account));
        }
        if (!model.containsAttribute("membership")) {
            model.addAttribute("membership", new MembershipForm(null, account.organizationId()));
        }
        if (!model.containsAttribute("manager")) {
            model.addAttribute("manager", new ManagerForm(manager.orElse(null)));
        }
        model.addAttribute("memberships", administration.membershipsOf(admin, account.id()));
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute(
                "managerChoices",
                directory.people(admin.communityId()).stream()
                        .filter(person -> person.enabled() && !person.id().equals(account.id()))
                        .toList());
        return "admin/user";
    }
}
