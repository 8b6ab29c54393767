package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.system.Authorities;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.VigieProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Moves a person through signing in: password, then the second factor (entered, or enrolled when
 * the role requires one), then a password change if one is owed. Roles are granted only at the
 * end, and the session id changes each time privileges grow.
 */
@Component
class SignInSteps {

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final VigieProperties properties;
    private final LocaleResolver localeResolver;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SignInSteps(
            Accounts accounts,
            JdbcClient jdbc,
            VigieProperties properties,
            LocaleResolver localeResolver,
            AuditTrail audit,
            CommunityCalendar calendar) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.localeResolver = localeResolver;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The password was right: restore the person's language and continue with what is owed. */
    String passwordAccepted(VigiePrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        UserAccount account = accounts.find(principal.userId()).orElseThrow();
        if (account.preferredLanguage() != null) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(account.preferredLanguage()));
        }
        return continueFrom(account, false, request, response);
    }

    /**
     * A step was completed: recompute what is still owed from the stored account. A second factor
     * verified now, or earlier in this sign-in, is not asked for again.
     */
    String stepCompleted(
            VigiePrincipal principal,
            boolean secondFactorVerified,
            HttpServletRequest request,
            HttpServletResponse response) {
        UserAccount account = accounts.find(principal.userId()).orElseThrow();
        request.changeSessionId();
        return continueFrom(account, secondFactorVerified || hasCompletedSecondFactor(), request, response);
    }

    /**
     * Establishes the next step in the session and returns the page to go to: an application path,
     * or the full address of the page first asked for.
     */
    private String continueFrom(
            UserAccount account, boolean secondFactorDone, HttpServletRequest request, HttpServletResponse response) {
        VigiePrincipal principal = accounts.principalOf(account);
        SignInStep next = nextStep(account, principal, secondFactorDone);
        establish(principal, next, secondFactorDone, request, response);
        if (next == SignInStep.DONE) {
            jdbc.sql("""
                            update user_account set previous_sign_in_at = last_sign_in_at, last_sign_in_at = ?
                            where id = ?
                            """)
                    .params(java.sql.Timestamp.from(calendar.now()), account.id())
                    .update();
            audit.record(AuditEntry.by(principal, "SIGN_IN_SUCCEEDED", "user", principal.userId()));
            SavedRequest saved = savedRequests.getRequest(request, response);
            savedRequests.removeRequest(request, response);
            return saved != null ? saved.getRedirectUrl() : "/";
        }
        return next.page();
    }

    SignInStep nextStep(UserAccount account, VigiePrincipal principal, boolean secondFactorDone) {
        if (account.mfaEnabled() && !secondFactorDone) {
            return SignInStep.MFA_CODE;
        }
        if (!account.mfaEnabled() && properties.mfaEnforced() && principal.hasSensitiveRole()) {
            return SignInStep.MFA_ENROLMENT;
        }
        if (account.passwordChangeRequired()) {
            return SignInStep.PASSWORD_CHANGE;
        }
        return SignInStep.DONE;
    }

    private void establish(
            VigiePrincipal principal,
            SignInStep step,
            boolean secondFactorDone,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(step.authority()));
        if (step == SignInStep.DONE) {
            principal.roles().stream()
                    .map(Role::authority)
                    .map(SimpleGrantedAuthority::new)
                    .forEach(authorities::add);
        }
        if (secondFactorDone) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Marks, within the session, that the second factor was verified during this sign-in. */
    static final String SECOND_FACTOR = "factor:totp";

    private static boolean hasCompletedSecondFactor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> SECOND_FACTOR.equals(a.getAuthority()));
    }

    static boolean isSignedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Authorities.SIGNED_IN.equals(a.getAuthority()));
    }
}
