package ca.vigie.plans.tree;

/** An input that breaks a rule of the plan; carries the field and the message key to show by it. */
public class PlanRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PlanRejection(String field, String messageKey) {
        super("Rejected " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
