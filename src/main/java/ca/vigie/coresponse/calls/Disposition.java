package ca.vigie.coresponse.calls;

/** How the call ended. */
public enum Disposition {
    RESOLVED_ON_SCENE,
    REFERRAL,
    VOLUNTARY_TRANSPORT,
    APPREHENSION,
    ARREST,
    TICKET,
    DECLINED,
    GONE_ON_ARRIVAL,
    OTHER;

    /** Whether the person was taken to the emergency department, so that its times apply. */
    public boolean takesToHospital() {
        return this == VOLUNTARY_TRANSPORT || this == APPREHENSION;
    }
}
