package ca.vigie.indicators.registry;

import ca.vigie.system.Refusal;

/** An input that breaks a rule of the registry; carries the field and the message key to show by it. */
public class IndicatorRejection extends Refusal {

    public IndicatorRejection(String field, String messageKey, Object... arguments) {
        super("indicator change", field, messageKey, arguments);
    }
}
