/**
 * The follow-up caseload and the clinical committee's decisions, open to the demo module alone (other
 * modules use the module's base package).
 */
@NamedInterface("caseload")
package ca.vigie.coresponse.caseload;

import org.springframework.modulith.NamedInterface;
