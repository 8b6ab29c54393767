package ca.vigie.organizations.admin;

import ca.vigie.organizations.NamedObjectAdministration;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.CommunityAreas;
import ca.vigie.organizations.directory.CommunityAreas.Area;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator keeps the community's areas: create, rename, retire and bring back. */
@Controller
@RequestMapping("/admin/areas")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class AreaAdminController extends NamedObjectAdministration<Area> {

    private final CommunityAreas areas;

    AreaAdminController(CommunityAreas areas) {
        super(areas, "/admin/areas", "areas");
        this.areas = areas;
    }

    @Override
    protected String showList(VigiePrincipal admin, Model model) {
        model.addAttribute("areas", areas.areas(admin.communityId()));
        return "admin/areas";
    }

    @Override
    protected String showOne(VigiePrincipal admin, Area area, Model model) {
        model.addAttribute("area", area);
        return "admin/area";
    }

    @PostMapping("/{id}/retired")
    String retire(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @RequestParam boolean retired,
            RedirectAttributes redirect) {
        areas.setRetired(admin, id, retired);
        redirect.addFlashAttribute("notice", retired ? "areas.retiredNotice" : "areas.restoredNotice");
        return "redirect:/admin/areas";
    }
}
