package ca.vigie.indicators.registry;

/** An input that breaks a rule of the registry; carries the field and the message key to show by it. */
public class IndicatorRejection extends RuntimeException {

    private final String field;
    private final String messageKey;

    public IndicatorRejection(String field, String messageKey) {
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
