package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void clean_text_comes_back_as_the_same_instance() {
        String clean = "Résumé — 😀 ١٢";

        assertThat(Text.readable(clean)).isSameAs(clean);
        assertThat(Text.hasUnreadable(clean)).isFalse();
    }

    @Test
    void a_nul_and_each_half_of_a_broken_surrogate_pair_become_the_replacement_character() {
        assertThat(Text.readable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(Text.readable("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(Text.readable("a\uDC00b")).isEqualTo("a\uFFFDb");
        assertThat(Text.readable("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Text.readable("ok\uD83D")).isEqualTo("ok\uFFFD");
    }

    @Test
    void text_that_holds_the_replacement_character_is_unreadable_as_sent() {
        assertThat(Text.hasUnreadable("déjà \uFFFD")).isTrue();
        assertThat(Text.hasUnreadable("\u0000")).isTrue();
    }
}
