package ca.vigie.organizations.directory;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface CommunityRepository extends ListCrudRepository<Community, UUID> {}
