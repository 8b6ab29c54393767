package ca.vigie.complaints.files;

import java.text.Normalizer;

/**
 * The name a document is saved under when downloaded: the reporter's name for it, kept to letters,
 * digits and a few separators so that no path, control character or script survives, and given the
 * extension of what the content is, so that the saved copy opens as what it was checked to be.
 */
final class SafeFileName {

    private static final int MAX_STEM = 80;

    private SafeFileName() {}

    static String of(String given, AttachmentType type) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = Normalizer.normalize(dot >= 0 ? name.substring(0, dot) : name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} _()-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_+", "_")
                .replaceAll("^[_ ]+|[_ ]+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).strip();
        }
        if (stem.isEmpty()) {
            stem = "document";
        }
        return stem + "." + type.extension();
    }
}
