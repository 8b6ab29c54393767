package ca.vigie.complaints.files;

/** A complaint or a step on one refused, with the field it concerns and the message to show next to it. */
public class FileRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FileRejection(String field, String messageKey) {
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
