package ca.vigie.organizations.directory;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("community")
public record Community(@Id UUID id, String nameFr, String nameEn, Instant createdAt) implements Persistable<UUID> {

    public static Community create(String nameFr, String nameEn, Instant now) {
        return new Community(UUID.randomUUID(), nameFr, nameEn, now);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Communities are created once and never updated through the repository. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }
}
