package ca.vigie.organizations.admin;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Sectors;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The community administrator's screen for sectors: add, reword the community's own, retire any. */
@Controller
@RequestMapping("/admin/sectors")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class SectorAdminController {

    private final Sectors sectors;

    SectorAdminController(Sectors sectors) {
        this.sectors = sectors;
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal admin, Model model) {
        model.addAttribute("form", SectorForm.blank());
        return show(admin, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal VigiePrincipal admin,
            @Valid @ModelAttribute("form") SectorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.submit(
                errors,
                response,
                () -> sectors.add(
                        admin,
                        form.fr(),
                        form.en(),
                        form.formToken() == null ? UUID.randomUUID() : form.formToken()))) {
            redirect.addFlashAttribute("notice", "sectors.added");
            return "redirect:/admin/sectors";
        }
        return show(admin, model);
    }

    @GetMapping("/{code}")
    String sector(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable String code, Model model) {
        Sectors.Sector sector = sectors.get(admin.communityId(), code);
        model.addAttribute("form", new SectorForm(sector.labelFr(), sector.labelEn(), null, sector.version()));
        return showSector(admin, sector, model);
    }

    @PostMapping("/{code}")
    String reword(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable String code,
            @Valid @ModelAttribute("form") SectorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Sectors.Sector sector = sectors.get(admin.communityId(), code);
        if (Forms.edit(
                errors,
                response,
                () -> sectors.reword(admin, code, form.fr(), form.en(), form.version() == null ? -1 : form.version()),
                () -> {
                    model.addAttribute("theirs", sector);
                    model.addAttribute("form", new SectorForm(form.labelFr(), form.labelEn(), null, sector.version()));
                })) {
            redirect.addFlashAttribute("notice", "sectors.reworded");
            return "redirect:/admin/sectors";
        }
        return showSector(admin, sector, model);
    }

    @PostMapping("/{code}/retired")
    String retire(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable String code,
            @RequestParam boolean retired,
            RedirectAttributes redirect) {
        sectors.setRetired(admin, code, retired);
        redirect.addFlashAttribute("notice", retired ? "sectors.retiredNotice" : "sectors.restoredNotice");
        return "redirect:/admin/sectors";
    }

    private String show(VigiePrincipal admin, Model model) {
        model.addAttribute("sectors", sectors.all(admin.communityId()));
        return "admin/sectors";
    }

    private String showSector(VigiePrincipal admin, Sectors.Sector sector, Model model) {
        model.addAttribute("sector", sector);
        model.addAttribute("wordings", sectors.wordings(admin.communityId(), sector.code()));
        return "admin/sector";
    }
}
