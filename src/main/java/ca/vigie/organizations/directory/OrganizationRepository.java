package ca.vigie.organizations.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

    Optional<Organization> findByIdAndCommunityId(UUID id, UUID communityId);

    @Query("select * from organization where community_id = :communityId and active order by lower(name_fr)")
    List<Organization> findActiveInCommunity(UUID communityId);
}
