package ca.vigie.organizations.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface MembershipRepository extends ListCrudRepository<Membership, UUID> {

    List<Membership> findByUserId(UUID userId);

    Optional<Membership> findByIdAndCommunityId(UUID id, UUID communityId);
}
