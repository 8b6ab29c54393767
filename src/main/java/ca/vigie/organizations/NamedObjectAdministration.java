package ca.vigie.organizations;

import ca.vigie.system.Forms;
import ca.vigie.system.NameForm;
import ca.vigie.system.NamedObject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community administrator's screens for one kind of named object (a workplace-safety office, a
 * situation table): the list with the form to create one, and each one's page with the form to rename
 * it. A module's controller extends this under its own address and adds what its kind has besides its
 * names, such as members or staff; the pages draw the shared parts from {@code fragments/names}.
 */
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
public abstract class NamedObjectAdministration<T extends NamedObject> {

    private final NamedObjects<T> objects;
    private final String address;
    private final String messages;

    /**
     * @param address the address of the list, such as {@code /admin/situation-tables}
     * @param messages the prefix of the kind's message keys ({@code tables}, {@code offices})
     */
    protected NamedObjectAdministration(NamedObjects<T> objects, String address, String messages) {
        this.objects = objects;
        this.address = address;
        this.messages = messages;
    }

    // The handlers are public: a subclass is proxied for its security rule, and a proxy only passes on
    // to the controller the methods it can override from another package.
    private T find(VigiePrincipal admin, UUID id) {
        return objects.get(admin.communityId(), id);
    }

    /** The list page, its forms as they stand in the model. */
    protected abstract String showList(VigiePrincipal admin, Model model);

    /** One object's page; forms not being sent back are shown as the object stands. */
    protected abstract String showOne(VigiePrincipal admin, T object, Model model);

    @GetMapping
    public String list(@AuthenticationPrincipal VigiePrincipal admin, Model model) {
        model.addAttribute("form", NameForm.blank());
        return showList(admin, model);
    }

    @PostMapping
    public String create(
            @AuthenticationPrincipal VigiePrincipal admin,
            @Valid @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<UUID> created =
                Forms.submit(errors, response, () -> objects.create(admin, form.fr(), form.en(), form.token()));
        if (created.isEmpty()) {
            return showList(admin, model);
        }
        redirect.addFlashAttribute("notice", messages + ".created");
        return "redirect:" + address + "/" + created.get();
    }

    @GetMapping("/{id}")
    public String one(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, Model model) {
        T object = find(admin, id);
        model.addAttribute("form", NameForm.of(object.nameFr(), object.nameEn(), object.version()));
        return showOne(admin, object, model);
    }

    @PostMapping("/{id}")
    public String rename(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.edit(
                errors, response, () -> objects.rename(admin, id, form.fr(), form.en(), form.expectedVersion()), () -> {
                    T theirs = find(admin, id);
                    model.addAttribute("theirs", theirs);
                    model.addAttribute("form", form.over(theirs.version()));
                })) {
            redirect.addFlashAttribute("notice", messages + ".renamed");
            return "redirect:" + address + "/" + id;
        }
        return showOne(admin, find(admin, id), model);
    }

    /** Shows an object's page again for one of its other forms, its name form as the object stands. */
    protected String showAgain(VigiePrincipal admin, T object, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NameForm.of(object.nameFr(), object.nameEn(), object.version()));
        }
        return showOne(admin, object, model);
    }
}
