package ca.vigie.organizations.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** What happens after the password form: the next sign-in step, or the form again with a reason. */
@Configuration(proxyBeanMethods = false)
class SignInHandlers {

    @Bean
    AuthenticationSuccessHandler signInSuccess(SignInSteps steps) {
        return (request, response, authentication) -> {
            AccountDetails details = (AccountDetails) authentication.getPrincipal();
            String target = steps.passwordAccepted(details.principal(), request, response);
            response.sendRedirect(target.startsWith("/") ? request.getContextPath() + target : target);
        };
    }

    @Bean
    AuthenticationFailureHandler signInFailure() {
        return SignInHandlers::backToForm;
    }

    /** The username typed is kept for the next attempt; the password never is. */
    private static void backToForm(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        FlashMap flash = new FlashMap();
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            flash.put("username", username);
        }
        if (failure instanceof SignInLockedException locked) {
            flash.put("signInError", "login.error.locked");
            flash.put("lockedUntil", locked.lockedUntil());
        } else if (failure instanceof DisabledException) {
            flash.put("signInError", "login.error.disabled");
        } else if (failure instanceof AuthenticationServiceException) {
            flash.put("signInError", "login.error.service");
        } else if (failure instanceof AccountStatusException) {
            flash.put("signInError", "login.error.unavailable");
        } else {
            flash.put("signInError", "login.error.badCredentials");
        }
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
