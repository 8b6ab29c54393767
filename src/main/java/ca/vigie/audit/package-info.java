/**
 * The append-only, hash-chained record of who did what: sign-ins, administrative changes and every
 * read of personal information. Other modules write to it through {@link ca.vigie.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "system")
@NullMarked
package ca.vigie.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
