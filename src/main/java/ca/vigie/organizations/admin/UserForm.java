package ca.vigie.organizations.admin;

import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person form as typed. The username and temporary password are asked only when the account
 * is created; the password is never sent back to the browser.
 */
record UserForm(
        @Size(max = 60, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username}")
        @Nullable
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String displayName,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") @Nullable
        String email,

        @NotNull(message = "{validation.required}") @Nullable
        UUID organizationId,

        @Size(max = 128, message = "{validation.tooLong}") @Nullable
        String temporaryPassword,

        @Nullable Integer version,
        @Nullable UUID formToken) {

    static UserForm blank() {
        return new UserForm("", "", "", null, null, null, UUID.randomUUID());
    }

    static UserForm of(UserAccount account) {
        return new UserForm(
                account.username(),
                account.displayName(),
                account.email() == null ? "" : account.email(),
                account.organizationId(),
                null,
                account.version(),
                null);
    }

    UserDetails details() {
        String mail = email == null || email.isBlank() ? null : email.strip();
        return new UserDetails(displayName.strip(), mail, java.util.Objects.requireNonNull(organizationId));
    }
}
