/**
 * Cross-cutting configuration: database bootstrap, security chain, field encryption, web shell,
 * languages and error handling. Business modules use only the types in this package.
 */
@ApplicationModule(displayName = "System")
@NullMarked
package ca.vigie.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
