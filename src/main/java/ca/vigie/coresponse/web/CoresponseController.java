package ca.vigie.coresponse.web;

import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way into the module: the teams where the person has a place, straight to the calls when there is
 * one; for a plan coordinator, every team's steering measures.
 */
@Controller
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD', 'CORESPONSE_STEERING',"
        + " 'PLAN_COORDINATOR')")
class CoresponseController {

    private final Teams teams;

    CoresponseController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/coresponse")
    String teams(@AuthenticationPrincipal VigiePrincipal person, Model model) {
        List<Seat> seats = teams.seatsOf(person);
        if (seats.size() == 1 && seats.get(0).inTheField() && !person.has(Role.PLAN_COORDINATOR)) {
            return "redirect:/coresponse/teams/" + seats.get(0).teamId() + "/calls";
        }
        model.addAttribute("seats", seats);
        // A plan coordinator reads every team's aggregates, for the plan's indicators.
        model.addAttribute(
                "coordinated", person.has(Role.PLAN_COORDINATOR) ? teams.teams(person.communityId()) : List.of());
        return "coresponse/teams";
    }
}
