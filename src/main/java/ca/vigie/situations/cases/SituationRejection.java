package ca.vigie.situations.cases;

import ca.vigie.system.Refusal;

/** A situation refused as typed, with the field at fault and the message key that says why. */
public class SituationRejection extends Refusal {

    SituationRejection(String field, String messageKey, Object... arguments) {
        super("situation", field, messageKey, arguments);
    }
}
