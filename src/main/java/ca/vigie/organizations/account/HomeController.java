package ca.vigie.organizations.account;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.organizations.directory.CommunityRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after signing in: who you are and for whom you act, then what waits for you in
 * each module, the urgent first. A module with nothing for you shows nothing.
 */
@Controller
class HomeController {

    /** The order of the cards: the day's work first, then the set-up and the trail. */
    private static final List<Role.Area> ORDER = List.of(
            Role.Area.PLANS,
            Role.Area.SITUATIONS,
            Role.Area.CORESPONSE,
            Role.Area.COMPLAINTS,
            Role.Area.ADMINISTRATION,
            Role.Area.AUDIT);

    private final CommunityRepository communities;
    private final OrganizationDirectory directory;
    private final List<WaitingWork> work;

    HomeController(CommunityRepository communities, OrganizationDirectory directory, List<WaitingWork> work) {
        this.communities = communities;
        this.directory = directory;
        this.work = work;
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    String home(@AuthenticationPrincipal VigiePrincipal principal, Model model) {
        model.addAttribute("principal", principal);
        model.addAttribute(
                "community", communities.findById(principal.communityId()).orElseThrow());
        model.addAttribute(
                "organization",
                directory
                        .organization(principal.communityId(), principal.organizationId())
                        .orElseThrow());
        model.addAttribute("roles", principal.roles().stream().sorted().toList());
        Map<Role.Area, List<Waiting>> waiting = new LinkedHashMap<>();
        List<Waiting> all = work.stream()
                .flatMap(module -> module.waitingFor(principal).stream())
                .sorted(Comparator.comparing(Waiting::urgent).reversed())
                .toList();
        for (Role.Area area : ORDER) {
            List<Waiting> here =
                    all.stream().filter(item -> item.area() == area).toList();
            if (!here.isEmpty()) {
                waiting.put(area, here);
            }
        }
        model.addAttribute("waiting", waiting);
        return "home";
    }
}
