package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class FieldEncryptionTest implements WithQuickTheories {

    private static FieldEncryption encryption;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        AeadConfig.register();
        Aead aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        encryption = new FieldEncryption(aead);
    }

    @Test
    void any_text_comes_back_unchanged() {
        // Every character a form can send: text arrives as UTF-8, so no lone surrogate halves.
        qt().forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 300))
                .checkAssert(text -> {
                    byte[] sealed = encryption.encrypt(text, "person.name:42");
                    assertThat(encryption.decrypt(sealed, "person.name:42")).isEqualTo(text);
                });
    }

    @Test
    void the_plaintext_never_appears_in_the_ciphertext() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(8, 200)).checkAssert(text -> {
            byte[] sealed = encryption.encrypt(text, "person.name:42");
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(text);
        });
    }

    @Test
    void a_ciphertext_moved_to_another_row_does_not_decrypt() {
        byte[] sealed = encryption.encrypt("Jeanne Canari", "person.name:1");

        assertThatThrownBy(() -> encryption.decrypt(sealed, "person.name:2"))
                .isInstanceOf(FieldEncryption.TamperedCiphertextException.class)
                .hasMessageNotContaining("Jeanne");
    }

    @Test
    void an_altered_ciphertext_is_detected() {
        byte[] sealed = encryption.encrypt("Jeanne Canari", "person.name:1");
        sealed[sealed.length - 1] ^= 0x01;

        assertThatThrownBy(() -> encryption.decrypt(sealed, "person.name:1"))
                .isInstanceOf(FieldEncryption.TamperedCiphertextException.class);
    }

    @Test
    void the_same_text_encrypts_differently_each_time() {
        assertThat(encryption.encrypt("Jeanne Canari", "x")).isNotEqualTo(encryption.encrypt("Jeanne Canari", "x"));
    }
}
