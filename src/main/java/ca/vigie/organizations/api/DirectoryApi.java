package ca.vigie.organizations.api;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.OrganizationRepository;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and the partner organisations of the caller's community. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
@Tag(name = "Directory")
class DirectoryApi {

    private final OrganizationRepository organizations;

    DirectoryApi(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    record Me(UUID id, String username, String displayName, UUID communityId, UUID organizationId, Set<Role> roles) {}

    record OrganizationView(UUID id, String nameFr, String nameEn, String sector, boolean active) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(
                    organization.id(),
                    organization.nameFr(),
                    organization.nameEn(),
                    organization.sector(),
                    organization.active());
        }
    }

    /** Open to any token, whatever its scopes: an integration may always ask whom it acts for. */
    @GetMapping("/me")
    @Operation(summary = "The signed-in person, their community, organisation and roles")
    Me me(@AuthenticationPrincipal VigiePrincipal principal) {
        return new Me(
                principal.userId(),
                principal.username(),
                principal.displayName(),
                principal.communityId(),
                principal.organizationId(),
                principal.roles());
    }

    @GetMapping("/organizations")
    @PreAuthorize(ApiScopes.MAY_READ_DIRECTORY)
    @Operation(summary = "Active partner organisations of the caller's community")
    List<OrganizationView> organizations(@AuthenticationPrincipal VigiePrincipal principal) {
        return organizations.findActiveInCommunity(principal.communityId()).stream()
                .map(OrganizationView::of)
                .toList();
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize(ApiScopes.MAY_READ_DIRECTORY)
    @Operation(summary = "One organisation of the caller's community; 404 for any other")
    OrganizationView organization(@AuthenticationPrincipal VigiePrincipal principal, @PathVariable UUID id) {
        return organizations
                .findByIdAndCommunityId(id, principal.communityId())
                .map(OrganizationView::of)
                .orElseThrow(() -> new NotFoundException("Organization"));
    }
}
