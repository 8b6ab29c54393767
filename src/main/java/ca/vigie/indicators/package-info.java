/**
 * The shared-measurement registry: indicator definitions, values over time with their corrections
 * and locked periods, and the status of each value against its target.
 */
@ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"system", "audit", "organizations"})
@NullMarked
package ca.vigie.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
