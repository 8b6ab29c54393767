package ca.vigie.system;

/**
 * A domain rule refused what was asked: the field at fault (a form field's name, or a name the page
 * knows for a form without one) and the message key that says why. Each module refuses with its own
 * subtype, so a screen catches only its own module's refusals; the message holds the field's name,
 * never what was typed.
 */
public class Refusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected Refusal(String what, String field, String messageKey) {
        super("Refused " + what + ": " + field);
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
