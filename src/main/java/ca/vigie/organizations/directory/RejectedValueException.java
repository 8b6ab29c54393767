package ca.vigie.organizations.directory;

import ca.vigie.system.Refusal;

/**
 * A form value that passed validation but breaks a rule of the directory: a name or username
 * already taken, a choice that no longer exists. Carries the field and the message key to show
 * next to it.
 */
public class RejectedValueException extends Refusal {

    public RejectedValueException(String field, String messageKey, Object... arguments) {
        super("directory value", field, messageKey, arguments);
    }

    public static RejectedValueException duplicate(String field) {
        return new RejectedValueException(field, "validation.duplicate");
    }

    public static RejectedValueException invalidChoice(String field) {
        return new RejectedValueException(field, "validation.invalidChoice");
    }
}
