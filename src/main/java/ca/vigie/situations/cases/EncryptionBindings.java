package ca.vigie.situations.cases;

import java.util.UUID;

/**
 * What each encrypted situation value is bound to: its column and row. A value copied to another
 * row or column fails to decrypt.
 */
public final class EncryptionBindings {

    private EncryptionBindings() {}

    public static String summary(UUID situationId) {
        return "situation.summary:" + situationId;
    }

    /** An identifying detail; the column is one of situation_identity's. */
    public static String identity(String column, UUID situationId) {
        return "situation_identity." + column + ":" + situationId;
    }
}
