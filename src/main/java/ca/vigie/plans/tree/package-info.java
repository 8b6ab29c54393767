/**
 * The services and records of this part of the module, open to the demo module alone (other modules
 * use the module's base package).
 */
@NamedInterface("tree")
package ca.vigie.plans.tree;

import org.springframework.modulith.NamedInterface;
