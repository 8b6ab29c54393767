package ca.vigie.organizations.account;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.system.CommunityCalendar;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's personal access tokens for the API. */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and !hasAuthority('API_TOKEN')")
class TokenController {

    private final PersonalAccessTokens tokens;
    private final CommunityCalendar calendar;

    TokenController(PersonalAccessTokens tokens, CommunityCalendar calendar) {
        this.tokens = tokens;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal owner, Model model) {
        return show(owner, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal VigiePrincipal owner,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable List<String> scopes,
            @RequestParam(defaultValue = "90") int days,
            Model model) {
        try {
            model.addAttribute("created", tokens.create(owner, name, scopes == null ? List.of() : scopes, days));
        } catch (RejectedValueException rejected) {
            model.addAttribute("problem", rejected.messageKey());
            model.addAttribute("typedName", name);
        }
        return show(owner, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal VigiePrincipal owner, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(owner, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String show(VigiePrincipal owner, Model model) {
        model.addAttribute("tokens", tokens.of(owner));
        model.addAttribute(
                "scopes", PersonalAccessTokens.SCOPES.stream().sorted().toList());
        model.addAttribute("lifetimes", PersonalAccessTokens.LIFETIMES_IN_DAYS);
        model.addAttribute("now", calendar.now());
        return "account/tokens";
    }
}
