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

    static Optional<AttachmentType> ofMediaType(String detected) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(detected)).findFirst();
    }

    /** Whether a name's extension, if it has one, says what the content is. */
    boolean namedBy(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
