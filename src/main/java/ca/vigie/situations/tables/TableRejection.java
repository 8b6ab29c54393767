package ca.vigie.situations.tables;

import ca.vigie.system.Refusal;

/** A change to a situation table refused, with the field at fault and the message key that says why. */
public class TableRejection extends Refusal {

    TableRejection(String field, String messageKey, Object... arguments) {
        super("situation table change", field, messageKey, arguments);
    }
}
