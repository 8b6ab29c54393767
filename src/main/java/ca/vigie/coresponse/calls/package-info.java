/**
 * The services and records of a team's calls and the people it meets, open to the demo module alone
 * (other modules use the module's base package).
 */
@NamedInterface("calls")
package ca.vigie.coresponse.calls;

import org.springframework.modulith.NamedInterface;
