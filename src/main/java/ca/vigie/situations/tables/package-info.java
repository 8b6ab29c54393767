/**
 * The services and records of this part of the module, open to the demo module alone (other modules
 * use the module's base package).
 */
@NamedInterface("tables")
package ca.vigie.situations.tables;

import org.springframework.modulith.NamedInterface;
