package ca.vigie.system.security;

import static ca.vigie.system.Authorities.SERVICE;
import static ca.vigie.system.Authorities.SIGNED_IN;
import static ca.vigie.system.Authorities.STEP_MFA_CODE;
import static ca.vigie.system.Authorities.STEP_MFA_ENROLMENT;
import static ca.vigie.system.Authorities.STEP_PASSWORD_CHANGE;

import ca.vigie.system.ApiTokenAuthenticator;
import ca.vigie.system.VigieProperties;
import ca.vigie.system.web.StaticFiles;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one place that says who may reach which URL. Everything not listed needs a completed sign-in;
 * each handler then adds its own role rule (an architecture test checks that it does).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Requests that reach the management port, when one is configured, for health and metrics. */
    @Bean
    @Order(1)
    SecurityFilterChain managementPort(HttpSecurity http, @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        RequestMatcher onManagementPort = request -> managementPort > 0 && request.getLocalPort() == managementPort;
        http.securityMatcher(onManagementPort)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }

    /**
     * Stylesheets, scripts and images are public and the same for everyone: they never read or
     * write a session, so a signed-in browser fetching them costs what an anonymous one does.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher(StaticFiles.PATTERNS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(
            HttpSecurity http,
            AuthenticationSuccessHandler signInSuccess,
            AuthenticationFailureHandler signInFailure,
            List<ApiTokenAuthenticator> apiTokens,
            VigieProperties properties)
            throws Exception {
        SignInEntryPoint entryPoint = new SignInEntryPoint();
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(
                                        "/error",
                                        "/login",
                                        "/locale",
                                        "/report/**",
                                        "/actuator/health",
                                        "/actuator/health/**",
                                        "/v3/api-docs",
                                        "/v3/api-docs/**")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .denyAll()
                                .requestMatchers("/login/mfa")
                                .hasAuthority(STEP_MFA_CODE)
                                .requestMatchers("/account/mfa", "/account/mfa/**")
                                .hasAnyAuthority(SIGNED_IN, STEP_MFA_ENROLMENT)
                                .requestMatchers("/account/password")
                                .hasAnyAuthority(SIGNED_IN, STEP_PASSWORD_CHANGE)
                                .requestMatchers("/logout")
                                .authenticated()
                                // A system's token reaches the API alone; each handler says which system may.
                                .requestMatchers("/api/**")
                                .hasAnyAuthority(SIGNED_IN, SERVICE)
                                .anyRequest()
                                .hasAuthority(SIGNED_IN))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signInSuccess)
                        .failureHandler(signInFailure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionStrategy(new ExpiredSessionRedirect()))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(new DeniedRequestHandler()))
                .addFilterAfter(new BearerTokenFilter(apiTokens), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                                && BearerTokenFilter.hasBearer(request)))
                .addFilterAfter(
                        new AbsoluteSessionTimeoutFilter(
                                properties.security().session().absoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /**
     * No observation around each security filter: about a tenth of a small page's time went into
     * timing the filters one by one. Requests themselves are still timed and counted for Prometheus.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The one way to sign in: the password check that organizations provides, with its throttle. */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider passwordCheck) {
        return new ProviderManager(passwordCheck);
    }

    /** Argon2id for new hashes; bcrypt hashes, if ever imported, still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(argon2, encoders);
    }
}
