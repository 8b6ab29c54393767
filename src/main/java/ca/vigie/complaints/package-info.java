/**
 * The independent workplace-safety office: complaints of harassment, discrimination, violence,
 * sexual violence and reprisal, handled apart from the chain of command under each jurisdiction's
 * rules. No other module depends on this one.
 */
@ApplicationModule(
        displayName = "Complaints",
        allowedDependencies = {"system", "audit", "organizations"})
@NullMarked
package ca.vigie.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
