/**
 * Notes about the people a team meets, kept apart by side, and the log of what passed between the
 * sides; open to the demo module alone (other modules use the module's base package).
 */
@NamedInterface("notes")
package ca.vigie.coresponse.notes;

import org.springframework.modulith.NamedInterface;
