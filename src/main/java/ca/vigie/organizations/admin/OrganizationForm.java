package ca.vigie.organizations.admin;

import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.Organization.OrganizationDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The organisation form as typed, kept whole when it comes back with errors. */
record OrganizationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String nameFr,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String nameEn,

        @NotBlank(message = "{validation.required}") String sector,
        @Nullable Integer version,
        @Nullable UUID formToken) {

    static OrganizationForm blank() {
        return new OrganizationForm("", "", "", null, UUID.randomUUID());
    }

    static OrganizationForm of(Organization organization) {
        return new OrganizationForm(
                organization.nameFr(), organization.nameEn(), organization.sector(), organization.version(), null);
    }

    OrganizationDetails details() {
        return new OrganizationDetails(nameFr.strip(), nameEn.strip(), sector);
    }
}
