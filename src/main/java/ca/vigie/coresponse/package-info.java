/**
 * The mixed co-response team: a police service and health or social organisations working in dyads of
 * an officer and a worker. The team's set-up and roster, the first-line calls the dyads answer (entered
 * in the field or sent by dispatch) and the people the team meets, each side reading only what is its
 * own to read.
 */
@ApplicationModule(
        displayName = "Co-response",
        allowedDependencies = {"system", "audit", "organizations", "indicators"})
@NullMarked
package ca.vigie.coresponse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
