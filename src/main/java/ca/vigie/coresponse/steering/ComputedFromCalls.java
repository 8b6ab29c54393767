package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSources;
import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures of the mixed teams' calls that indicators may be computed from, small counts suppressed. */
@Configuration
class ComputedFromCalls {

    @Bean
    ComputedSource coresponseCalls(CommunityFigures figures) {
        return ComputedSource.of(CoresponseSources.CALLS, Unit.COUNT, figures::calls);
    }

    @Bean
    ComputedSource coresponseMentalHealthShare(CommunityFigures figures) {
        return ComputedSource.of(CoresponseSources.MENTAL_HEALTH_SHARE, Unit.PERCENT, figures::mentalHealthShare);
    }

    @Bean
    ComputedSource coresponseApprehensionRate(CommunityFigures figures) {
        return ComputedSource.of(CoresponseSources.APPREHENSION_RATE, Unit.PERCENT, figures::apprehensionRate);
    }

    @Bean
    ComputedSource coresponseHandoverMedian(CommunityFigures figures) {
        return ComputedSource.of(CoresponseSources.HANDOVER_MEDIAN, Unit.MINUTES, figures::handoverMedian);
    }
}
