package ca.vigie.system;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The two names of one of the community's named objects as typed, to create it (with a token against a
 * double submit) or rename it (from the version the person saw). Shown by {@code fragments/names}.
 */
public record NameForm(
        @Size(max = BilingualName.MAX, message = "{validation.tooLong}") @Nullable
        String nameFr,

        @Size(max = BilingualName.MAX, message = "{validation.tooLong}") @Nullable
        String nameEn,

        @Nullable UUID formToken,
        @Nullable Integer version) {

    public static NameForm blank() {
        return new NameForm("", "", UUID.randomUUID(), null);
    }

    /** The form to rename something, filled with its names as saved. */
    public static NameForm of(String nameFr, String nameEn, int version) {
        return new NameForm(nameFr, nameEn, null, version);
    }

    public String fr() {
        return nameFr == null ? "" : nameFr;
    }

    public String en() {
        return nameEn == null ? "" : nameEn;
    }

    public UUID token() {
        return formToken == null ? UUID.randomUUID() : formToken;
    }

    public int expectedVersion() {
        return version == null ? -1 : version;
    }

    /** The names this person typed, on the version someone else just saved. */
    public NameForm over(int theirVersion) {
        return new NameForm(nameFr, nameEn, null, theirVersion);
    }
}
