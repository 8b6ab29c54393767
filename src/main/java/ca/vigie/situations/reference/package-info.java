/**
 * The services and records of this part of the module, open to the demo module alone (other modules
 * use the module's base package).
 */
@NamedInterface("reference")
package ca.vigie.situations.reference;

import org.springframework.modulith.NamedInterface;
