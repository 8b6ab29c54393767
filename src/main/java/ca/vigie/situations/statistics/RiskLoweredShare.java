package ca.vigie.situations.statistics;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For computed indicators: the share of the situations concluded in a period whose risk was lowered. */
@Component
public class RiskLoweredShare implements ComputedSource {

    /** The code indicators computed from this source are stored with. */
    public static final String CODE = "SITUATIONS_RISK_LOWERED_SHARE";

    private final SituationStatistics statistics;

    RiskLoweredShare(SituationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    public Optional<BigDecimal> value(UUID communityId, LocalDate from, LocalDate to) {
        return Optional.ofNullable(statistics.shareConcludedWithRiskLowered(communityId, from, to))
                .map(BigDecimal::valueOf);
    }
}
