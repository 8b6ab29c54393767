package ca.vigie.organizations.account;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Authorities;
import ca.vigie.system.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the form posts to Spring Security) and the one-time code step. */
@Controller
class SignInController {

    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final SignInSteps steps;

    SignInController(SecondFactor secondFactor, SignInThrottle throttle, SignInSteps steps) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.steps = steps;
    }

    @GetMapping("/login")
    @PublicEndpoint("the sign-in page itself")
    String signIn() {
        return SignInSteps.isSignedIn() ? "redirect:/" : "account/sign-in";
    }

    @GetMapping("/login/mfa")
    @PreAuthorize("hasAuthority('" + Authorities.STEP_MFA_CODE + "')")
    String codeForm() {
        return "account/mfa-code";
    }

    @PostMapping("/login/mfa")
    @PreAuthorize("hasAuthority('" + Authorities.STEP_MFA_CODE + "')")
    String code(
            @AuthenticationPrincipal VigiePrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (throttle.lockedUntil(principal.username()).isPresent()) {
            model.addAttribute("codeError", "login.error.locked.short");
            return "account/mfa-code";
        }
        if (code.length() <= 20 && secondFactor.verify(principal, code)) {
            throttle.reset(principal.username());
            return "redirect:" + steps.stepCompleted(principal, true, request, response);
        }
        var lockedNow = throttle.recordFailure(principal.username());
        model.addAttribute("codeError", lockedNow.isPresent() ? "login.error.locked.short" : "mfa.code.wrong");
        return "account/mfa-code";
    }
}
