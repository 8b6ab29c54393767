package ca.vigie.situations.tables;

/** A change to a situation table refused, with the field at fault and the message key that says why. */
public class TableRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    TableRejection(String field, String messageKey) {
        super("Rejected situation table change: " + field);
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
