package ca.vigie.situations.reference;

/** A reference value refused, with the field at fault and the message key that says why. */
public class ReferenceRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    ReferenceRejection(String field, String messageKey) {
        super("Rejected reference value: " + field);
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
