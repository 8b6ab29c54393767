package ca.vigie.coresponse.teams;

/**
 * The side of the team a member belongs to, from their organisation: the police service, or a health or
 * social organisation. Each side reads its own notes; a steering member belongs to neither.
 */
public enum Side {
    POLICE,
    HEALTH
}
