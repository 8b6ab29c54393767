package ca.vigie.situations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code vigie.situations.*}.
 *
 * @param retentionDays days after its conclusion a situation keeps its identifying details, team
 *     notes and progress remarks
 * @param smallestCount the smallest count statistics show; any smaller count but zero is hidden
 */
@ConfigurationProperties("vigie.situations")
public record SituationSettings(
        @DefaultValue("90") int retentionDays,
        @DefaultValue("5") int smallestCount) {

    public SituationSettings {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("vigie.situations.retention-days cannot be negative");
        }
        if (smallestCount < 1) {
            throw new IllegalArgumentException("vigie.situations.smallest-count must be at least 1");
        }
    }
}
