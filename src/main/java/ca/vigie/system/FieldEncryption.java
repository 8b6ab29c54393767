package ca.vigie.system;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts fields that identify a person before they reach the database. Each value is bound to
 * where it is stored (table, column, row), so a ciphertext copied to another row does not decrypt.
 * The keyset lives outside the database; adding a new primary key rotates encryption while older
 * values stay readable.
 */
public class FieldEncryption {

    private final Aead aead;

    public FieldEncryption(Aead aead) {
        this.aead = aead;
    }

    public byte[] encrypt(String plaintext, String boundTo) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(boundTo));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext, String boundTo) {
        try {
            return new String(aead.decrypt(ciphertext, context(boundTo)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new TamperedCiphertextException();
        }
    }

    /** A document, such as a generated PDF, encrypted and bound like a field. */
    public byte[] encryptBytes(byte[] plaintext, String boundTo) {
        try {
            return aead.encrypt(plaintext, context(boundTo));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public byte[] decryptBytes(byte[] ciphertext, String boundTo) {
        try {
            return aead.decrypt(ciphertext, context(boundTo));
        } catch (GeneralSecurityException e) {
            throw new TamperedCiphertextException();
        }
    }

    private static byte[] context(String boundTo) {
        return ("vigie:" + boundTo).getBytes(StandardCharsets.UTF_8);
    }

    /** The stored value was altered, moved to another row, or encrypted with an unknown key. */
    public static class TamperedCiphertextException extends RuntimeException {
        TamperedCiphertextException() {
            super("Encrypted field could not be authenticated");
        }
    }
}
