package ca.vigie.organizations.admin;

import ca.vigie.organizations.Role;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role to grant in an organisation, as chosen. */
record MembershipForm(
        @NotNull(message = "{validation.required}") @Nullable
        Role role,

        @NotNull(message = "{validation.required}") @Nullable
        UUID organizationId) {}
