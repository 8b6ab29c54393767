package ca.vigie.coresponse.calls;

/** How a call reached the team. */
public enum CallSource {
    DISPATCH_911,
    PATROL_REQUEST,
    DIRECT_CALL,
    PARTNER_REFERRAL,
    WALK_IN
}
