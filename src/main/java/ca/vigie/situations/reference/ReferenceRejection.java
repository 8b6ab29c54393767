package ca.vigie.situations.reference;

import ca.vigie.system.Refusal;

/** A reference value refused, with the field at fault and the message key that says why. */
public class ReferenceRejection extends Refusal {

    ReferenceRejection(String field, String messageKey, Object... arguments) {
        super("reference value", field, messageKey, arguments);
    }
}
