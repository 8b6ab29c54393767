package ca.vigie.complaints.files;

/** Why a member of staff opens a file; kept in the audit trail with each opening. */
public enum OpeningPurpose {
    TRIAGE,
    CASE_WORK,
    INVESTIGATION,
    RECOVERY_SUPPORT,
    SUPERVISION
}
