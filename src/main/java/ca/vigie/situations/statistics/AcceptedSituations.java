package ca.vigie.situations.statistics;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For computed indicators: how many situations the community's tables accepted in a period. */
@Component
public class AcceptedSituations implements ComputedSource {

    /** The code indicators computed from this source are stored with. */
    public static final String CODE = "SITUATIONS_ACCEPTED";

    private final SituationStatistics statistics;

    AcceptedSituations(SituationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    public Optional<BigDecimal> value(UUID communityId, LocalDate from, LocalDate to) {
        return Optional.ofNullable(
                        statistics.acceptedBetween(communityId, from, to).value())
                .map(BigDecimal::valueOf);
    }
}
