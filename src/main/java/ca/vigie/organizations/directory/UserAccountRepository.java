package ca.vigie.organizations.directory;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByIdAndCommunityId(UUID id, UUID communityId);

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);
}
