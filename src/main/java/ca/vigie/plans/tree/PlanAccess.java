package ca.vigie.plans.tree;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.PlanRole;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's standing on one plan. Planning coordinators of the community coordinate every plan;
 * others hold the role they were given on the plan, and the person responsible for an item is at
 * least an updater. Anyone else does not see the plan at all.
 */
public record PlanAccess(Plan plan, PlanRole role, VigiePrincipal who) {

    public boolean canEditTree() {
        return role.atLeast(PlanRole.EDITOR);
    }

    public boolean canManage() {
        return role == PlanRole.COORDINATOR;
    }

    public boolean canUpdate(PlanItem item) {
        return canEditTree() || who.userId().equals(item.details().responsibleUserId());
    }

    void requireEditTree() {
        if (!canEditTree()) {
            throw new AccessDeniedException("Not an editor of this plan");
        }
    }

    public void requireUpdate(PlanItem item) {
        if (!canUpdate(item)) {
            throw new AccessDeniedException("Not responsible for this item");
        }
    }

    public void requireManage() {
        if (!canManage()) {
            throw new AccessDeniedException("Not a coordinator of this plan");
        }
    }
}
