package ca.vigie.situations.cases;

/** A situation refused as typed, with the field at fault and the message key that says why. */
public class SituationRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    SituationRejection(String field, String messageKey) {
        super("Rejected situation: " + field);
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
