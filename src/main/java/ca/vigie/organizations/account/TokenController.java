package ca.vigie.organizations.account;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        Forms.submit(
                        errors,
                        response,
                        () -> tokens.create(
                                owner,
                                form.name() == null ? "" : form.name(),
                                form.scopes() == null ? List.of() : form.scopes(),
                                form.days() == null ? 0 : form.days()))
                .ifPresent(created -> model.addAttribute("created", created));
        return show(owner, model);
    }

    /** A token as asked for: its name, what it may do, and for how many days. */
    record TokenForm(
            @Size(max = 100, message = "{validation.tooLong}") @Nullable
            String name,

            @Nullable List<String> scopes,
            @Nullable Integer days) {

        static TokenForm blank() {
            return new TokenForm("", List.of(), 90);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal VigiePrincipal owner, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(owner, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String show(VigiePrincipal owner, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.blank());
        }
        model.addAttribute("tokens", tokens.of(owner));
        model.addAttribute(
                "scopes", PersonalAccessTokens.SCOPES.stream().sorted().toList());
        model.addAttribute("lifetimes", PersonalAccessTokens.LIFETIMES_IN_DAYS);
        model.addAttribute("now", calendar.now());
        return "account/tokens";
    }
}
