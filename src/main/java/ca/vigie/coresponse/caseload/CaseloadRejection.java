package ca.vigie.coresponse.caseload;

import ca.vigie.system.Refusal;

/** A caseload step refused, with the field at fault and the message to show by it. */
public class CaseloadRejection extends Refusal {

    public CaseloadRejection(String field, String messageKey, Object... arguments) {
        super("caseload step", field, messageKey, arguments);
    }
}
