package ca.vigie.complaints.statistics;

import ca.vigie.complaints.ComplaintSources;
import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures of the offices' work that indicators may be computed from, small counts suppressed. */
@Configuration
class ComputedFromComplaints {

    @Bean
    ComputedSource complaintsReceived(ComplaintStatistics statistics) {
        return ComputedSource.of(ComplaintSources.RECEIVED, Unit.COUNT, statistics::receivedBy);
    }

    @Bean
    ComputedSource deadlinesMetShare(ComplaintStatistics statistics) {
        return ComputedSource.of(ComplaintSources.DEADLINES_MET_SHARE, Unit.PERCENT, statistics::deadlinesMetShare);
    }
}
