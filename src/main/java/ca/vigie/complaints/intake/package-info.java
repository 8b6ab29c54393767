/**
 * The words of a complaint as it is received: what it is about, who reports it and how, the people it
 * names, and the kinds of informal help. Shared by the files, the doors that receive them and the
 * statistics; depends on nothing else in the module.
 */
@NamedInterface("intake")
package ca.vigie.complaints.intake;

import org.springframework.modulith.NamedInterface;
