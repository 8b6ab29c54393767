/**
 * Communities (the tenants), partner organisations, people and their memberships; signing in,
 * second factor and account settings; the community administrator's screens.
 */
@ApplicationModule(
        displayName = "Organizations",
        allowedDependencies = {"system", "audit"})
@NullMarked
package ca.vigie.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
