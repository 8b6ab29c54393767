package ca.vigie.organizations;

import ca.vigie.system.NamedObject;
import java.util.UUID;

/**
 * A module's service for one kind of the community's named objects, as their shared administration
 * uses it: find one of the community's, create one, rename one from the version the person saw.
 */
public interface NamedObjects<T extends NamedObject> {

    /** One of the community's; another community's answers as absent. */
    T get(UUID communityId, UUID id);

    UUID create(VigiePrincipal admin, String nameFr, String nameEn, UUID formToken);

    void rename(VigiePrincipal admin, UUID id, String nameFr, String nameEn, int expectedVersion);
}
