package ca.vigie.organizations.directory;

/**
 * A form value that passed validation but breaks a rule of the directory: a name or username
 * already taken, a choice that no longer exists. Carries the field and the message key to show
 * next to it.
 */
public class RejectedValueException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public RejectedValueException(String field, String messageKey) {
        super("Rejected value for " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static RejectedValueException duplicate(String field) {
        return new RejectedValueException(field, "validation.duplicate");
    }

    public static RejectedValueException invalidChoice(String field) {
        return new RejectedValueException(field, "validation.invalidChoice");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
