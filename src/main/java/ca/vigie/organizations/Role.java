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
    OFFICE_INTAKE(Area.COMPLAINTS, true),
    INVESTIGATOR(Area.COMPLAINTS, true),
    EMPLOYEE(Area.COMPLAINTS, false);

    public enum Area {
        ADMINISTRATION,
        AUDIT,
        PLANS,
        SITUATIONS,
        /** The mixed team's module is not built yet: its roles are neither granted nor shown. */
        CORESPONSE(false),
        COMPLAINTS;

        private final boolean built;

        Area() {
            this(true);
        }

        Area(boolean built) {
            this.built = built;
        }

        public boolean built() {
            return built;
        }
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

    /** Whether the role can be granted: its area has screens and services behind it. */
    public boolean offered() {
        return area.built();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
