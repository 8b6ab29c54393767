/**
 * The services and records of this part of the module, open to the demo module alone (other modules
 * use the module's base package).
 */
@NamedInterface("cases")
package ca.vigie.situations.cases;

import org.springframework.modulith.NamedInterface;
