package ca.vigie.coresponse.teams;

import ca.vigie.system.Refusal;

/** A team's set-up or roster change refused, with the field it concerns and the message to show by it. */
public class TeamRejection extends Refusal {

    public TeamRejection(String field, String messageKey, Object... arguments) {
        super("co-response team change", field, messageKey, arguments);
    }
}
