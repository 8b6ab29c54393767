package ca.vigie.organizations.account;

import static ca.vigie.system.Authorities.SIGNED_IN;
import static ca.vigie.system.Authorities.STEP_MFA_ENROLMENT;
import static ca.vigie.system.Authorities.STEP_PASSWORD_CHANGE;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.PasswordPolicy;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.system.VigieProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: password and second factor. */
@Controller
@RequestMapping("/account")
class AccountController {

    static final String PENDING_SECRET = "vigie.pendingMfaSecret";

    private final AccountSettings settings;
    private final SecondFactor secondFactor;
    private final SignInSteps steps;
    private final VigieProperties properties;

    AccountController(
            AccountSettings settings, SecondFactor secondFactor, SignInSteps steps, VigieProperties properties) {
        this.settings = settings;
        this.secondFactor = secondFactor;
        this.steps = steps;
        this.properties = properties;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    String account(@AuthenticationPrincipal VigiePrincipal principal, Model model) {
        UserAccount account = settings.account(principal);
        model.addAttribute("account", account);
        model.addAttribute("roles", principal.roles().stream().sorted().toList());
        model.addAttribute("mfaRequired", mfaRequired(principal));
        model.addAttribute("recoveryCodesLeft", account.mfaEnabled() ? secondFactor.unusedRecoveryCodes(principal) : 0);
        return "account/account";
    }

    @GetMapping("/password")
    @PreAuthorize("hasAnyAuthority('" + SIGNED_IN + "', '" + STEP_PASSWORD_CHANGE + "')")
    String passwordForm(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }

    @PostMapping("/password")
    @PreAuthorize("hasAnyAuthority('" + SIGNED_IN + "', '" + STEP_PASSWORD_CHANGE + "')")
    String changePassword(
            @AuthenticationPrincipal VigiePrincipal principal,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (!newPassword.equals(confirmation)) {
            model.addAttribute("fieldErrors", java.util.Map.of("confirmation", "password.mismatch"));
            return "account/password";
        }
        try {
            settings.changePassword(
                    principal,
                    currentPassword,
                    newPassword,
                    request.getSession().getId());
        } catch (RejectedValueException rejected) {
            model.addAttribute("fieldErrors", java.util.Map.of(rejected.field(), rejected.messageKey()));
            return "account/password";
        }
        if (SignInSteps.isSignedIn()) {
            request.changeSessionId();
            redirect.addFlashAttribute("notice", "password.changed");
            return "redirect:/account";
        }
        return "redirect:" + steps.stepCompleted(principal, false, request, response);
    }

    @GetMapping("/mfa")
    @PreAuthorize("hasAnyAuthority('" + SIGNED_IN + "', '" + STEP_MFA_ENROLMENT + "')")
    String enrolment(@AuthenticationPrincipal VigiePrincipal principal, HttpSession session, Model model) {
        if (settings.account(principal).mfaEnabled()) {
            return "redirect:/account";
        }
        String secret = secondFactor.newSecret();
        session.setAttribute(PENDING_SECRET, secondFactor.sealPending(principal, secret));
        return showEnrolment(principal, secret, model);
    }

    @PostMapping("/mfa")
    @PreAuthorize("hasAnyAuthority('" + SIGNED_IN + "', '" + STEP_MFA_ENROLMENT + "')")
    String confirmEnrolment(
            @AuthenticationPrincipal VigiePrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        byte[] sealed = (byte[]) session.getAttribute(PENDING_SECRET);
        if (sealed == null || settings.account(principal).mfaEnabled()) {
            return "redirect:/account/mfa";
        }
        String secret = secondFactor.openPending(principal, sealed);
        var enrolled = secondFactor.enrol(principal, secret, code.length() <= 20 ? code : "");
        if (enrolled.isEmpty()) {
            model.addAttribute("codeError", "mfa.code.wrong");
            return showEnrolment(principal, secret, model);
        }
        List<String> codes = enrolled.get();
        session.removeAttribute(PENDING_SECRET);
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute(
                "continueTo",
                SignInSteps.isSignedIn() ? "/account" : steps.stepCompleted(principal, true, request, response));
        return "account/recovery-codes";
    }

    @PostMapping("/mfa/disable")
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    String disable(
            @AuthenticationPrincipal VigiePrincipal principal,
            @RequestParam(defaultValue = "") String currentPassword,
            RedirectAttributes redirect) {
        if (mfaRequired(principal)) {
            redirect.addFlashAttribute("notice", "mfa.disable.refusedRequired");
            return "redirect:/account";
        }
        try {
            settings.checkPassword(principal, currentPassword);
        } catch (RejectedValueException rejected) {
            redirect.addFlashAttribute("notice", "mfa.disable.wrongPassword");
            return "redirect:/account";
        }
        secondFactor.disable(principal);
        redirect.addFlashAttribute("notice", "mfa.disabled");
        return "redirect:/account";
    }

    private String showEnrolment(VigiePrincipal principal, String secret, Model model) {
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", QrCode.svgDataUrl(secondFactor.otpauthUri(secret, principal.username())));
        model.addAttribute("mfaRequired", mfaRequired(principal));
        return "account/mfa-enrol";
    }

    private boolean mfaRequired(VigiePrincipal principal) {
        return properties.mfaEnforced() && principal.hasSensitiveRole();
    }
}
