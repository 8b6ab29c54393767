package ca.vigie.complaints.statistics;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For computed indicators: how many complaints the community's offices received in a period. */
@Component
public class ComplaintsReceived implements ComputedSource {

    /** The code indicators computed from this source are stored with. */
    public static final String CODE = "COMPLAINTS_RECEIVED";

    private final ComplaintStatistics statistics;

    ComplaintsReceived(ComplaintStatistics statistics) {
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
        return Optional.ofNullable(statistics.receivedBy(communityId, from, to)).map(BigDecimal::valueOf);
    }
}
