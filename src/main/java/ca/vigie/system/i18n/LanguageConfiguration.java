package ca.vigie.system.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * French and English. The language is the one the person chose (kept in a cookie and, once signed
 * in, in their account), otherwise the browser's preference, otherwise French.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    static final String COOKIE = "vigie-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new ChosenLanguageResolver();
    }

    static final class ChosenLanguageResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale chosen = (Locale) request.getAttribute(COOKIE);
            if (chosen != null) {
                return chosen;
            }
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (COOKIE.equals(cookie.getName())) {
                        Locale fromCookie = supported(cookie.getValue());
                        if (fromCookie != null) {
                            return fromCookie;
                        }
                    }
                }
            }
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                try {
                    Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    if (match != null) {
                        return match;
                    }
                } catch (IllegalArgumentException malformed) {
                    return Locale.FRENCH;
                }
            }
            return Locale.FRENCH;
        }

        @Override
        public void setLocale(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            Locale language = locale == null ? Locale.FRENCH : supportedOrFrench(locale.getLanguage());
            request.setAttribute(COOKIE, language);
            if (response != null) {
                Cookie cookie = new Cookie(COOKIE, language.getLanguage());
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                cookie.setSecure(request.isSecure());
                response.addCookie(cookie);
            }
        }

        private static @Nullable Locale supported(String language) {
            return SUPPORTED.stream()
                    .filter(locale -> locale.getLanguage().equals(language))
                    .findFirst()
                    .orElse(null);
        }

        private static Locale supportedOrFrench(String language) {
            Locale locale = supported(language);
            return locale == null ? Locale.FRENCH : locale;
        }
    }
}
