package ca.vigie.testing;

import java.nio.charset.StandardCharsets;

/** The smallest documents whose content says what they are, for uploads in tests. */
public final class TestDocuments {

    /** The start of a one-pixel PNG image. */
    public static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };

    private TestDocuments() {}

    /** A PDF in name and header, carrying the text in a comment. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
