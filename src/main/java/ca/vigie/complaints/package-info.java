/**
 * The independent workplace-safety office: complaints of harassment, discrimination, violence,
 * sexual violence and reprisal, handled apart from the chain of command under each jurisdiction's
 * rules. No other module depends on this one; it gives the indicators aggregates only.
 */
@ApplicationModule(
        displayName = "Complaints",
        allowedDependencies = {"system", "audit", "organizations", "indicators"})
@NullMarked
package ca.vigie.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
