/** Vigie: the shared workspace of a community safety and well-being network. */
@NullMarked
package ca.vigie;

import org.jspecify.annotations.NullMarked;
