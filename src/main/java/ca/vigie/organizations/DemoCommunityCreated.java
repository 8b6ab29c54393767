package ca.vigie.organizations;

import java.util.Map;
import java.util.UUID;

/**
 * The demo community was just created: other modules add their own demo content to it. People are
 * keyed by their demo username, organisations by a short key (police, health, family, school, city,
 * housing, house, victims, office).
 */
public record DemoCommunityCreated(
        UUID communityId, Map<String, VigiePrincipal> people, Map<String, UUID> organizations) {}
