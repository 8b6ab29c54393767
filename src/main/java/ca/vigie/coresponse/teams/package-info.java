/**
 * A team's set-up, roster and the place each person has on it, open to the demo module alone (other
 * modules use the module's base package).
 */
@NamedInterface("teams")
package ca.vigie.coresponse.teams;

import org.springframework.modulith.NamedInterface;
