package ca.vigie.system.security;

import ca.vigie.system.VigieProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** Sessions are stored in PostgreSQL so that several application nodes can share them. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(VigieProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(
                properties.security().session().idleTimeout());
    }

    /** The store the session filter and the session terminator use: the JDBC one, with coarse access times. */
    @Bean
    @Primary
    CoarseAccessSessions coarseAccessSessions(JdbcIndexedSessionRepository sessions) {
        return new CoarseAccessSessions(sessions);
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secureOnly) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        if (secureOnly) {
            // Behind a TLS-terminating proxy the request looks plain; production forces the flag.
            cookie.setUseSecureCookie(true);
        }
        cookie.setCookieName("VIGIE_SESSION");
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        return cookie;
    }
}
