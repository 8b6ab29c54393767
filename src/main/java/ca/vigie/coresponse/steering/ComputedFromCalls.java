package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSources;
import ca.vigie.coresponse.steering.CaseloadMeasures.Event;
import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The figures of the mixed teams' calls and caseloads that indicators may be computed from, small counts
 * suppressed. The caseload's before-and-after figures are recomputed by the indicators' hourly run, which
 * also brings them in once a period's people have been followed six months.
 */
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

    @Bean
    ComputedSource coresponseEnrolledEmergencyBefore(CaseloadMeasures caseload) {
        return beforeOrAfter(caseload, CoresponseSources.ENROLLED_ED_BEFORE, Event.EMERGENCY_VISIT, false);
    }

    @Bean
    ComputedSource coresponseEnrolledEmergencyAfter(CaseloadMeasures caseload) {
        return beforeOrAfter(caseload, CoresponseSources.ENROLLED_ED_AFTER, Event.EMERGENCY_VISIT, true);
    }

    @Bean
    ComputedSource coresponseEnrolledTicketsBefore(CaseloadMeasures caseload) {
        return beforeOrAfter(caseload, CoresponseSources.ENROLLED_TICKETS_BEFORE, Event.TICKET, false);
    }

    @Bean
    ComputedSource coresponseEnrolledTicketsAfter(CaseloadMeasures caseload) {
        return beforeOrAfter(caseload, CoresponseSources.ENROLLED_TICKETS_AFTER, Event.TICKET, true);
    }

    private static ComputedSource beforeOrAfter(CaseloadMeasures caseload, String code, Event event, boolean after) {
        return ComputedSource.of(
                code, Unit.COUNT, (community, from, to) -> caseload.communityEvents(community, from, to, event, after));
    }
}
