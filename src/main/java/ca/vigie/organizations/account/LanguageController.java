package ca.vigie.organizations.account;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch in the header; a signed-in person's choice is kept in their account. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final AccountSettings settings;

    LanguageController(LocaleResolver localeResolver, AccountSettings settings) {
        this.localeResolver = localeResolver;
        this.settings = settings;
    }

    @PostMapping("/locale")
    @PublicEndpoint("the language of the sign-in page can be chosen before signing in")
    String choose(
            @RequestParam String lang,
            @RequestParam(defaultValue = "/") String returnTo,
            @AuthenticationPrincipal Object principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        String language = "en".equals(lang) ? "en" : "fr";
        localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        if (principal instanceof VigiePrincipal person && SignInSteps.isSignedIn()) {
            settings.setPreferredLanguage(person.userId(), language);
        }
        return "redirect:" + (isLocalPath(returnTo) ? returnTo : "/");
    }

    /** Only a path of this application, so the switch cannot be used to send people elsewhere. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && !path.contains(":")
                && path.length() <= 200;
    }
}
