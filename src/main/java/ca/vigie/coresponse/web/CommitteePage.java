package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.system.CommunityCalendar;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The clinical committee's page, drawn the same way for its GET and for each of its forms sent back with
 * a problem: the meeting under way, the queue and the caseload.
 */
@Component
class CommitteePage {

    private final Enrolments enrolments;
    private final Committee committee;
    private final KnownPeople people;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    CommitteePage(
            Enrolments enrolments,
            Committee committee,
            KnownPeople people,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.enrolments = enrolments;
        this.committee = committee;
        this.people = people;
        this.directory = directory;
        this.calendar = calendar;
    }

    String show(Seat seat, Model model) {
        var meeting = committee.openMeeting(seat);
        model.addAttribute("team", seat.team());
        model.addAttribute("seat", seat);
        model.addAttribute("lead", seat.leads());
        model.addAttribute("meeting", meeting.orElse(null));
        model.addAttribute("queue", enrolments.queue(seat));
        model.addAttribute("labels", people.labels(seat));
        model.addAttribute("people", directory.peopleById(seat.communityId()));
        model.addAttribute("members", seat.team().members());
        model.addAttribute(
                "workers",
                seat.team().members().stream()
                        .filter(m -> m.role().inTheField())
                        .toList());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("bases", ConsentBasis.values());
        model.addAttribute("dischargeReasons", DischargeReason.values());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute(
                    "decisionForm", new CommitteeController.DecisionForm(null, null, null, "", null, null, null, null));
        }
        if (!model.containsAttribute("dischargeForm")) {
            model.addAttribute("dischargeForm", new CommitteeController.DischargeForm(null, null));
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new CommitteeController.ReviewForm(null, null));
        }
        if (!model.containsAttribute("meetingForm")) {
            Set<UUID> inTheField = seat.team().members().stream()
                    .filter(m -> m.role().inTheField())
                    .map(m -> m.userId())
                    .collect(Collectors.toSet());
            model.addAttribute(
                    "meetingForm",
                    new CommitteeMeetingController.MeetingForm(
                            calendar.today(seat.communityId()),
                            meeting.map(Committee.Meeting::attendees).orElse(inTheField),
                            UUID.randomUUID(),
                            meeting.map(Committee.Meeting::version).orElse(null)));
        }
        return "coresponse/committee";
    }
}
