package ca.vigie.organizations;

/**
 * What a membership lets a person do, in one module. Sensitive roles reach personal information and
 * require a second factor outside demo mode. Administering a community is sensitive too: it reads no
 * situation, call or complaint, but it controls who can.
 */
public enum Role {
    COMMUNITY_ADMIN(Area.ADMINISTRATION, true),
    AUDITOR(Area.AUDIT, true),
    PLAN_COORDINATOR(Area.PLANS, false),
    PLAN_OWNER(Area.PLANS, false),
    TABLE_CHAIR(Area.SITUATIONS, true),
    TABLE_MEMBER(Area.SITUATIONS, true),
    CORESPONSE_OFFICER(Area.CORESPONSE, true),
    CORESPONSE_WORKER(Area.CORESPONSE, true),
    /** Chairs the team's clinical committee and creates the team's dispatch token. */
    CORESPONSE_LEAD(Area.CORESPONSE, true),
    /** Reads the team's aggregates and nothing that names or describes a person. */
    CORESPONSE_STEERING(Area.CORESPONSE, false),
    OFFICE_INTAKE(Area.COMPLAINTS, true),
    INVESTIGATOR(Area.COMPLAINTS, true),
    EMPLOYEE(Area.COMPLAINTS, false);

    public enum Area {
        ADMINISTRATION,
        AUDIT,
        PLANS,
        SITUATIONS,
        CORESPONSE,
        COMPLAINTS
    }

    private final Area area;
    private final boolean sensitive;

    Role(Area area, boolean sensitive) {
        this.area = area;
        this.sensitive = sensitive;
    }

    public Area area() {
        return area;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
