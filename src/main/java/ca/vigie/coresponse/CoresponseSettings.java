package ca.vigie.coresponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code vigie.coresponse.*}.
 *
 * @param smallestCount the smallest count the team's aggregates show outside the team; any smaller
 *     count but zero is hidden
 */
@ConfigurationProperties("vigie.coresponse")
public record CoresponseSettings(@DefaultValue("5") int smallestCount) {

    public CoresponseSettings {
        if (smallestCount < 1) {
            throw new IllegalArgumentException("vigie.coresponse.smallest-count must be at least 1");
        }
    }
}
