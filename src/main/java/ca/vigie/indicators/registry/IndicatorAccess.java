package ca.vigie.indicators.registry;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with indicators of their community. Everyone signed in may read them (they are
 * aggregates); planning coordinators define them and lock periods; values are entered by a
 * coordinator or the person responsible for the indicator.
 */
public final class IndicatorAccess {

    private IndicatorAccess() {}

    public static boolean canDefine(VigiePrincipal principal) {
        return principal.has(Role.PLAN_COORDINATOR);
    }

    public static boolean canEnterValues(VigiePrincipal principal, Indicator indicator) {
        return canDefine(principal) || principal.userId().equals(indicator.responsibleUserId());
    }

    static void requireDefine(VigiePrincipal principal) {
        if (!canDefine(principal)) {
            throw new AccessDeniedException("Not a planning coordinator");
        }
    }

    static void requireEnterValues(VigiePrincipal principal, Indicator indicator) {
        if (!canEnterValues(principal, indicator)) {
            throw new AccessDeniedException("Not responsible for this indicator");
        }
    }
}
