package ca.vigie.complaints.files;

import ca.vigie.system.Refusal;

/** A complaint or a step on one refused, with the field it concerns and the message to show next to it. */
public class FileRejection extends Refusal {

    public FileRejection(String field, String messageKey, Object... arguments) {
        super("complaint file", field, messageKey, arguments);
    }
}
