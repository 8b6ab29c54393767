package ca.vigie.indicators.registry;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface IndicatorRepository extends ListCrudRepository<Indicator, UUID> {

    Optional<Indicator> findByIdAndCommunityId(UUID id, UUID communityId);
}
