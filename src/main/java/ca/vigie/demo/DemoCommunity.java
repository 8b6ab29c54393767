package ca.vigie.demo;

import ca.vigie.organizations.VigiePrincipal;
import java.util.Map;
import java.util.UUID;

/**
 * The fictional community as built so far. People are keyed by their demo username, organisations by a
 * short key (police, health, family, school, city, housing, house, victims, office).
 */
record DemoCommunity(UUID communityId, Map<String, VigiePrincipal> people, Map<String, UUID> organizations) {}
