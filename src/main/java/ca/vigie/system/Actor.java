package ca.vigie.system;

import java.util.UUID;

/** The signed-in person on whose behalf a request runs. */
public interface Actor {

    UUID userId();

    String username();

    UUID communityId();

    UUID organizationId();
}
