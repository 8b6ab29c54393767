package ca.vigie.situations.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the disclosure log: what was revealed, to whom, by whom, when, on what basis. */
public record Disclosure(
        UUID id,
        UUID situationId,
        UUID organizationId,
        String details,
        UUID disclosedBy,
        Instant disclosedAt,
        LegalBasis legalBasis,
        @Nullable String legalBasisOther,
        ConsentStatus consentStatus,
        @Nullable Involvement involvement) {}
