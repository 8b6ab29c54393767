package ca.vigie.coresponse.calls;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person the team meets for the first time: the short label lists will show (a first name and an
 * initial, say) and the identity kept encrypted, read only on an audited request.
 */
public record NewPerson(
        @Nullable String label,
        @Nullable String fullName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String phone) {

    public boolean isEmpty() {
        return blank(label) && blank(fullName) && dateOfBirth == null && blank(phone);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
