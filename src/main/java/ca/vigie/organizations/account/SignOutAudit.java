package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Records signing out next to signing in. */
@Component
class SignOutAudit {

    private final AuditTrail audit;

    SignOutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof VigiePrincipal principal) {
            audit.record(AuditEntry.by(principal, "SIGNED_OUT", "user", principal.userId()));
        }
    }
}
