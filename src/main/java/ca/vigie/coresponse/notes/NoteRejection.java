package ca.vigie.coresponse.notes;

import ca.vigie.system.Refusal;

/** A note or a disclosure refused, with the field at fault and the message to show by it. */
public class NoteRejection extends Refusal {

    public NoteRejection(String field, String messageKey, Object... arguments) {
        super("co-response note", field, messageKey, arguments);
    }
}
