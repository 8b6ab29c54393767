package ca.vigie.complaints.statistics;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For computed indicators: the share of complaint deadlines fallen due that were met on time. */
@Component
class DeadlinesMetShare implements ComputedSource {

    private final ComplaintStatistics statistics;

    DeadlinesMetShare(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String code() {
        return "COMPLAINT_DEADLINES_MET_SHARE";
    }

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    public Optional<BigDecimal> value(UUID communityId, LocalDate from, LocalDate to) {
        return Optional.ofNullable(statistics.deadlinesMetShare(communityId, from, to))
                .map(BigDecimal::valueOf);
    }
}
