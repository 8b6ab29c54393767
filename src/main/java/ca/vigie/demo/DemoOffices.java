package ca.vigie.demo;

import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.VigiePrincipal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's independent workplace-safety office: it serves the police service under Ontario's law,
 * the housing authority under the federal one and the health and social services centre under
 * Québec's; `office` leads it and takes intake, and
 * `investigator` investigates.
 */
@Component
class DemoOffices {

    private final ComplaintOffices offices;

    DemoOffices(ComplaintOffices offices) {
        this.offices = offices;
    }

    void addTo(DemoCommunity community) {
        VigiePrincipal admin = community.people().get("admin");
        UUID office = offices.create(
                admin,
                "Bureau indépendant pour un milieu de travail sûr",
                "Independent Safe Workplace Office",
                UUID.randomUUID());
        offices.serve(admin, office, community.organizations().get("police"), Jurisdiction.ONTARIO);
        offices.serve(admin, office, community.organizations().get("housing"), Jurisdiction.FEDERAL);
        offices.serve(admin, office, community.organizations().get("health"), Jurisdiction.QUEBEC);
        UUID lead = community.people().get("office").userId();
        offices.assign(admin, office, lead, StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, lead, StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, community.people().get("investigator").userId(), StaffRole.INVESTIGATOR);
        offices.assign(admin, office, community.people().get("coordinator").userId(), StaffRole.ANALYST);
    }
}
