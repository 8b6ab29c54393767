package ca.vigie.complaints.web;

import ca.vigie.complaints.files.Attachments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents sent with an intake form, at every door: held as soon as they arrive so that the
 * form keeps them when it comes back for another problem, each refusal shown next to the field.
 */
@Component
class IntakeDocuments {

    private static final long MEGABYTE = 1024 * 1024;

    private final Attachments attachments;

    IntakeDocuments(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Holds what came with the form at a door of this community and returns every document it now holds. */
    List<UUID> stage(UUID communityId, IntakeForm form, BindingResult errors, Model model) {
        List<Attachments.Offered> offered = new ArrayList<>();
        for (MultipartFile part : form.documents() == null ? List.<MultipartFile>of() : form.documents()) {
            if (part.isEmpty()
                    && (part.getOriginalFilename() == null
                            || part.getOriginalFilename().isBlank())) {
                continue;
            }
            offered.add(new Attachments.Offered(
                    part.getOriginalFilename() == null ? "" : part.getOriginalFilename(), bytes(part)));
        }
        Attachments.Staging staging = attachments.stage(communityId, form.heldIds(), offered);
        for (Attachments.Refused refused : staging.refused()) {
            errors.rejectValue(
                    "documents",
                    refused.messageKey(),
                    new Object[] {refused.name(), Attachments.MAX_FILES, Attachments.MAX_BYTES / MEGABYTE},
                    null);
        }
        model.addAttribute("heldDocuments", staging.held());
        return staging.ids();
    }

    /** What the page says of documents: the limits, and those the form holds. */
    void show(UUID communityId, IntakeForm form, Model model) {
        if (!model.containsAttribute("heldDocuments")) {
            model.addAttribute("heldDocuments", attachments.held(communityId, form.heldIds()));
        }
        model.addAttribute("documentLimit", Attachments.MAX_FILES);
        model.addAttribute("documentMegabytes", Attachments.MAX_BYTES / MEGABYTE);
    }

    private static byte[] bytes(MultipartFile part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
