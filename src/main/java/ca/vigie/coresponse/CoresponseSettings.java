package ca.vigie.coresponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code vigie.coresponse.*}.
 *
 * @param smallestCount the smallest count the team's aggregates show outside the team; any smaller
 *     count but zero is hidden
 * @param neverEnrolledYears years after their last call that the identity of, and the notes about, a
 *     person the team met are kept. Two by default: long enough for the team to recognise someone who
 *     calls again within a season or two and for the clinical committee to see a pattern of calls, short
 *     enough that a single crisis does not follow someone for years.
 * @param dischargedYears years after their discharge from the caseload that a followed person's identity
 *     and notes are kept. Ten by default: the span health records are commonly kept for an adult, so that
 *     the health side's notes last as long as the clinical record they sit beside.
 */
@ConfigurationProperties("vigie.coresponse")
public record CoresponseSettings(
        @DefaultValue("5") int smallestCount,
        @DefaultValue("2") int neverEnrolledYears,
        @DefaultValue("10") int dischargedYears) {

    public CoresponseSettings {
        if (smallestCount < 1) {
            throw new IllegalArgumentException("vigie.coresponse.smallest-count must be at least 1");
        }
        if (dischargedYears < 1) {
            throw new IllegalArgumentException("vigie.coresponse.discharged-years must be at least 1");
        }
        if (neverEnrolledYears < 1) {
            throw new IllegalArgumentException("vigie.coresponse.never-enrolled-years must be at least 1");
        }
    }
}
