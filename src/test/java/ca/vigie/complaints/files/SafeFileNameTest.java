package ca.vigie.complaints.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void keeps_a_plain_name_with_accents() {
        assertThat(SafeFileName.of("Notes de réunion (mars).txt", AttachmentType.TEXT))
                .isEqualTo("Notes de réunion (mars).txt");
    }

    @Test
    void takes_the_extension_from_the_content() {
        assertThat(SafeFileName.of("photo.jpeg", AttachmentType.JPEG)).isEqualTo("photo.jpg");
        assertThat(SafeFileName.of("sans extension", AttachmentType.PDF)).isEqualTo("sans extension.pdf");
    }

    @Test
    void leaves_no_path_quote_control_character_or_markup() {
        assertThat(SafeFileName.of("\"a\";\r\nb<script>.pdf", AttachmentType.PDF))
                .isEqualTo("a_b_script.pdf")
                .doesNotContain("\"", "\\", "/", "\r", "\n", "<", ">", ";");
        assertThat(SafeFileName.of("../../etc/passwd", AttachmentType.TEXT)).isEqualTo("passwd.txt");
    }

    @Test
    void names_a_document_that_had_nothing_usable() {
        assertThat(SafeFileName.of("«»!!!.png", AttachmentType.PNG)).isEqualTo("document.png");
        assertThat(SafeFileName.of(".pdf", AttachmentType.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void cuts_a_long_name() {
        assertThat(SafeFileName.of("a".repeat(300) + ".pdf", AttachmentType.PDF))
                .hasSize(84);
    }
}
