package ca.vigie.system;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * A domain rule refused what was asked: the field at fault (a form field's name, or a name the page
 * knows for a form without one), the message key that says why, and the message's arguments. Each module refuses with its own
 * subtype, so a screen catches only its own module's refusals; the message holds the field's name,
 * never what was typed.
 */
public class Refusal extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    protected Refusal(String what, String field, String messageKey, Object... arguments) {
        super("Refused " + what + ": " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * Shows the refusal on a form: next to its field, or above the form when the form has no field
     * of that name, with the message's arguments filled in.
     */
    public void placeOn(Errors errors) {
        Object form = errors instanceof BindingResult bound ? bound.getTarget() : null;
        if (form != null && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(field)) {
            errors.rejectValue(field, messageKey, arguments.clone(), null);
        } else {
            errors.reject(messageKey, arguments.clone(), null);
        }
    }

    /** What the message needs besides its key, such as a limit: never what was typed. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
