package ca.vigie.coresponse.calls;

import ca.vigie.system.Refusal;

/** A call refused, with the field at fault and the message to show by it. */
public class CallRejection extends Refusal {

    public CallRejection(String field, String messageKey, Object... arguments) {
        super("co-response call", field, messageKey, arguments);
    }
}
