package ca.vigie.coresponse.web;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.IdentityPurpose;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.PeopleRetention;
import ca.vigie.coresponse.caseload.CarePlan;
import ca.vigie.coresponse.caseload.ContactMode;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.caseload.GoalStatus;
import ca.vigie.coresponse.caseload.MilestoneKind;
import ca.vigie.coresponse.caseload.Need;
import ca.vigie.coresponse.caseload.Referral;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.notes.SharingBasis;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.organizations.OrganizationDirectory;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's page for a member in the field, drawn the same way for its GET and for each of its forms
 * sent back with a problem: the label, the caseload, alerts, contacts, milestones, notes and calls.
 */
@Component
class PersonPage {

    private final Calls calls;
    private final KnownPeople people;
    private final Notes notes;
    private final OrganizationDirectory directory;
    private final PeopleRetention retention;
    private final CoresponseSettings settings;
    private final Enrolments enrolments;
    private final FollowUp followUp;
    private final CarePlan carePlan;

    PersonPage(
            CarePlan carePlan,
            Calls calls,
            KnownPeople people,
            Notes notes,
            OrganizationDirectory directory,
            PeopleRetention retention,
            CoresponseSettings settings,
            Enrolments enrolments,
            FollowUp followUp) {
        this.calls = calls;
        this.people = people;
        this.notes = notes;
        this.directory = directory;
        this.retention = retention;
        this.settings = settings;
        this.enrolments = enrolments;
        this.followUp = followUp;
        this.carePlan = carePlan;
    }

    String show(Seat seat, UUID personId, Model model) {
        model.addAttribute("team", seat.team());
        model.addAttribute("seat", seat);
        model.addAttribute("personId", personId);
        model.addAttribute("label", people.label(seat, personId));
        model.addAttribute("held", retention.held(seat.teamId(), personId));
        model.addAttribute("enrolment", enrolments.latest(seat, personId).orElse(null));
        model.addAttribute("neverEnrolledYears", settings.neverEnrolledYears());
        model.addAttribute("calls", calls.ofPerson(seat, personId));
        model.addAttribute("notes", notes.readable(seat, personId));
        model.addAttribute("disclosures", notes.disclosures(seat, personId));
        model.addAttribute("alerts", followUp.alerts(seat, personId));
        model.addAttribute("contacts", followUp.contacts(seat, personId));
        model.addAttribute("goals", carePlan.goals(seat, personId));
        model.addAttribute("goalStatuses", GoalStatus.values());
        model.addAttribute("milestones", followUp.milestones(seat, personId));
        model.addAttribute("people", directory.peopleById(seat.communityId()));
        model.addAttribute("bases", SharingBasis.values());
        model.addAttribute("purposes", IdentityPurpose.values());
        model.addAttribute("modes", ContactMode.values());
        model.addAttribute("needs", Need.values());
        model.addAttribute("referralChoices", Referral.values());
        model.addAttribute("milestoneKinds", MilestoneKind.values());
        blank(model, "proposalForm", new PersonForms.ProposalForm("", UUID.randomUUID()));
        blank(model, "noteForm", PersonForms.NoteForm.blank());
        blank(model, "shareForm", new PersonForms.ShareForm(null, "", null, "", UUID.randomUUID()));
        blank(model, "alertForm", new PersonForms.AlertForm("", UUID.randomUUID()));
        blank(
                model,
                "contactForm",
                new PersonForms.ContactForm(null, null, Set.of(), Set.of(), null, UUID.randomUUID()));
        blank(model, "goalForm", new PersonForms.GoalForm("", UUID.randomUUID()));
        blank(model, "milestoneForm", new PersonForms.MilestoneForm(null, null, UUID.randomUUID()));
        return "coresponse/person";
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
