package ca.vigie.complaints.intake;

/** Who a person the complaint is about is to the reporter. */
public enum Relation {
    CO_WORKER,
    SUPERVISOR,
    MANAGER,
    MEMBER_OF_PUBLIC,
    OTHER
}
