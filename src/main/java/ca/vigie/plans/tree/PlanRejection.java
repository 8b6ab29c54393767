package ca.vigie.plans.tree;

import ca.vigie.system.Refusal;

/** An input that breaks a rule of the plan; carries the field and the message key to show by it. */
public class PlanRejection extends Refusal {

    public PlanRejection(String field, String messageKey, Object... arguments) {
        super("plan change", field, messageKey, arguments);
    }
}
