package ca.vigie.organizations.account;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.CommunityRepository;
import ca.vigie.organizations.directory.OrganizationRepository;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after signing in: who you are, for whom you act, and what your roles let you do. */
@Controller
class HomeController {

    private final CommunityRepository communities;
    private final OrganizationRepository organizations;

    HomeController(CommunityRepository communities, OrganizationRepository organizations) {
        this.communities = communities;
        this.organizations = organizations;
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
    String home(@AuthenticationPrincipal VigiePrincipal principal, Model model) {
        model.addAttribute("principal", principal);
        model.addAttribute(
                "community", communities.findById(principal.communityId()).orElseThrow());
        model.addAttribute(
                "organization",
                organizations.findById(principal.organizationId()).orElseThrow());
        Map<Role.Area, List<Role>> rolesByArea = principal.roles().stream()
                .filter(Role::offered)
                .sorted()
                .collect(Collectors.groupingBy(Role::area, TreeMap::new, Collectors.toList()));
        model.addAttribute("rolesByArea", rolesByArea);
        return "home";
    }
}
