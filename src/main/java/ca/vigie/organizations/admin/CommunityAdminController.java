package ca.vigie.organizations.admin;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.CommunitySettings;
import ca.vigie.organizations.directory.RejectedValueException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The community administrator's screen for the community itself: its time zone. */
@Controller
@RequestMapping("/admin/community")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class CommunityAdminController {

    private final CommunitySettings settings;

    CommunityAdminController(CommunitySettings settings) {
        this.settings = settings;
    }

    /** The zone as chosen in the form. */
    record ZoneForm(@Nullable String timeZone) {}

    @GetMapping
    String show(@AuthenticationPrincipal VigiePrincipal admin, Model model) {
        CommunitySettings.Settings current = settings.of(admin);
        model.addAttribute("form", new ZoneForm(current.zone().getId()));
        return page(current, model);
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal VigiePrincipal admin,
            @ModelAttribute("form") ZoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                settings.changeZone(admin, form.timeZone() == null ? "" : form.timeZone());
                redirect.addFlashAttribute("notice", "community.zone.saved");
                return "redirect:/admin/community";
            } catch (RejectedValueException rejected) {
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(settings.of(admin), model);
    }

    private String page(CommunitySettings.Settings current, Model model) {
        model.addAttribute("community", current);
        model.addAttribute("zones", CommunitySettings.ZONES);
        return "admin/community";
    }
}
