package ca.vigie.coresponse.web;

import ca.vigie.coresponse.dispatch.DispatchImports;
import ca.vigie.coresponse.dispatch.DispatchTokens;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.TeamRejection;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead's page for dispatch: the team's dispatch tokens (shown once, revocable), the export's columns
 * mapped once, and the import of an export, every broken row listed and nothing saved until the file is
 * clean.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/dispatch")
@PreAuthorize("hasRole('CORESPONSE_LEAD')")
class DispatchController {

    private final Teams teams;
    private final DispatchTokens tokens;
    private final DispatchImports imports;
    private final CommunityCalendar calendar;

    DispatchController(Teams teams, DispatchTokens tokens, DispatchImports imports, CommunityCalendar calendar) {
        this.teams = teams;
        this.tokens = tokens;
        this.imports = imports;
        this.calendar = calendar;
    }

    /** A new dispatch token's name and lifetime. */
    record TokenForm(@Nullable String name, @Nullable Integer days) {}

    /** The export's column names, edited from the version the lead saw (none before the first). */
    record MappingForm(
            @Nullable String incidentColumn,
            @Nullable String receivedColumn,
            @Nullable String dispatchedColumn,
            @Nullable String unitColumn,
            @Nullable Integer version) {}

    @GetMapping
    String page(@AuthenticationPrincipal VigiePrincipal person, @PathVariable UUID teamId, Model model) {
        return show(lead(person, teamId), model);
    }

    @PostMapping("/tokens")
    String createToken(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        Seat lead = lead(person, teamId);
        Forms.submit(errors, response, () -> tokens.create(lead, form.name(), form.days()))
                .ifPresent(token -> {
                    model.addAttribute("newToken", token);
                    model.addAttribute("tokenForm", new TokenForm("", 365));
                });
        return show(lead, model);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revoke(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID tokenId,
            RedirectAttributes redirect) {
        tokens.revoke(lead(person, teamId), tokenId);
        redirect.addFlashAttribute("notice", "coresponse.dispatch.token.revoked");
        return "redirect:/coresponse/teams/" + teamId + "/dispatch";
    }

    @PostMapping("/mapping")
    String map(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @Valid @ModelAttribute("mappingForm") MappingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat lead = lead(person, teamId);
        if (Forms.edit(
                errors,
                response,
                () -> imports.map(
                        lead,
                        form.incidentColumn(),
                        form.receivedColumn(),
                        form.dispatchedColumn(),
                        form.unitColumn(),
                        form.version()),
                () -> {
                    model.addAttribute("mappingConflict", true);
                    model.addAttribute(
                            "mappingForm",
                            new MappingForm(
                                    form.incidentColumn(),
                                    form.receivedColumn(),
                                    form.dispatchedColumn(),
                                    form.unitColumn(),
                                    imports.mapping(lead)
                                            .map(DispatchImports.SavedMapping::version)
                                            .orElse(null)));
                })) {
            redirect.addFlashAttribute("notice", "coresponse.import.mapping.saved");
            return "redirect:/coresponse/teams/" + teamId + "/dispatch";
        }
        return show(lead, model);
    }

    @PostMapping("/import")
    String importFile(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        Seat lead = lead(person, teamId);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileProblem", "coresponse.import.error.noFile");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(lead, model);
        }
        try {
            DispatchImports.Report report = imports.importFile(lead, file.getBytes());
            redirect.addFlashAttribute("report", report);
            return "redirect:/coresponse/teams/" + teamId + "/dispatch";
        } catch (DispatchImports.ImportRefused refused) {
            model.addAttribute("importProblems", refused.problems());
        } catch (TeamRejection refused) {
            model.addAttribute("fileProblem", refused.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(lead, model);
    }

    private Seat lead(VigiePrincipal person, UUID teamId) {
        Seat seat = teams.seat(person, teamId);
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead manages dispatch");
        }
        return seat;
    }

    private String show(Seat lead, Model model) {
        Optional<DispatchImports.SavedMapping> mapping = imports.mapping(lead);
        model.addAttribute("team", lead.team());
        model.addAttribute("seat", lead);
        model.addAttribute("lead", true);
        model.addAttribute("tokens", tokens.of(lead));
        model.addAttribute("now", calendar.now());
        model.addAttribute("lifetimes", DispatchTokens.LIFETIMES_IN_DAYS);
        model.addAttribute("mapped", mapping.isPresent());
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", 365));
        }
        if (!model.containsAttribute("mappingForm")) {
            model.addAttribute(
                    "mappingForm",
                    mapping.map(saved -> new MappingForm(
                                    saved.mapping().incident(),
                                    saved.mapping().received(),
                                    saved.mapping().dispatched(),
                                    saved.mapping().unit(),
                                    saved.version()))
                            .orElse(new MappingForm("", "", "", "", null)));
        }
        return "coresponse/dispatch";
    }
}
