package ca.vigie.complaints.offices;

/** A set-up refused, with the field it concerns and the message to show next to it. */
public class OfficeRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    public OfficeRejection(String field, String messageKey) {
        super("Rejected value for " + field);
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
