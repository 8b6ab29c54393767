package ca.vigie.complaints.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of document a complaint may carry, known by their content and the names they may go by. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    TEXT("text/plain", "txt");

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a downloaded copy is given, whatever the uploaded name said. */
    public String extension() {
        return extensions.get(0);
    }

    /** The kind stored for a detected media type; an e-mail saved as text is kept as text. */
    static Optional<AttachmentType> ofMediaType(String detected) {
        String media = "message/rfc822".equals(detected) ? TEXT.mediaType : detected;
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(media)).findFirst();
    }

    /**
     * Whether a name claims another of these kinds than the content is, as "capture.pdf" holding an
     * image. A name with another ending, or none ("lettre du 12.03", "notes.csv"), claims nothing.
     */
    boolean disguisedBy(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return !extensions.contains(extension)
                && Arrays.stream(values()).anyMatch(other -> other.extensions.contains(extension));
    }
}
