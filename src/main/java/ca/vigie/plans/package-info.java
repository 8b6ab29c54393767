/**
 * Multi-partner plans built from templates: the item tree, who may do what on a plan, history,
 * comments, and the roll-up of progress.
 */
@ApplicationModule(
        displayName = "Plans",
        allowedDependencies = {"system", "audit", "organizations", "indicators"})
@NullMarked
package ca.vigie.plans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
