package ca.vigie.situations.statistics;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import ca.vigie.situations.SituationSources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures of the tables' work that indicators may be computed from, small counts suppressed. */
@Configuration
class ComputedFromSituations {

    @Bean
    ComputedSource acceptedSituations(SituationStatistics statistics) {
        return ComputedSource.of(
                SituationSources.ACCEPTED,
                Unit.COUNT,
                (community, from, to) ->
                        statistics.acceptedBetween(community, from, to).value());
    }

    @Bean
    ComputedSource riskLoweredShare(SituationStatistics statistics) {
        return ComputedSource.of(
                SituationSources.RISK_LOWERED_SHARE, Unit.PERCENT, statistics::shareConcludedWithRiskLowered);
    }
}
