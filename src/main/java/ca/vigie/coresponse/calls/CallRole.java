package ca.vigie.coresponse.calls;

/** Whether the dyad was the primary response or came to support a patrol already there. */
public enum CallRole {
    PRIMARY,
    SUPPORT
}
