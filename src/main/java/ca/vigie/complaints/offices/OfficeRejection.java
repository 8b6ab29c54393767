package ca.vigie.complaints.offices;

import ca.vigie.system.Refusal;

/** A set-up refused, with the field it concerns and the message to show next to it. */
public class OfficeRejection extends Refusal {

    public OfficeRejection(String field, String messageKey, Object... arguments) {
        super("office change", field, messageKey, arguments);
    }
}
