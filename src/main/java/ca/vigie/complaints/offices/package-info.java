/**
 * The services and records of this part of the module, open to the demo module alone (other modules
 * use the module's base package).
 */
@NamedInterface("offices")
package ca.vigie.complaints.offices;

import org.springframework.modulith.NamedInterface;
