package ca.vigie.complaints.offices;

/** What a person does in an office. Only the analyst never sees a file: aggregates alone. */
public enum StaffRole {
    INTAKE_OFFICER,
    CASE_MANAGER,
    INVESTIGATOR,
    RECOVERY_PRACTITIONER,
    OFFICE_LEAD,
    ANALYST
}
