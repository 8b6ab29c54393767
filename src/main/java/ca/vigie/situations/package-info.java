/**
 * Situation tables for acutely elevated risk, following the four-filter approach: the tables, their
 * member organisations and information-sharing agreements, and the bilingual reference lists the
 * situations are described with.
 */
@ApplicationModule(
        displayName = "Situations",
        allowedDependencies = {"system", "audit", "organizations", "indicators"})
@NullMarked
package ca.vigie.situations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
