package ca.vigie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComputedSourceTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void a_reading_becomes_the_value_a_whole_count_staying_whole_and_a_suppressed_one_empty() {
        assertThat(ComputedSource.of("C", Unit.COUNT, (c, f, t) -> 12).value(COMMUNITY, FROM, TO))
                .contains(new BigDecimal("12"));
        assertThat(ComputedSource.of("S", Unit.PERCENT, (c, f, t) -> 62.5).value(COMMUNITY, FROM, TO))
                .contains(new BigDecimal("62.5"));
        assertThat(ComputedSource.of("N", Unit.COUNT, (c, f, t) -> null).value(COMMUNITY, FROM, TO))
                .isEmpty();
    }

    @Test
    void the_reading_is_asked_for_the_community_and_period_given() {
        ComputedSource source = ComputedSource.of(
                "P", Unit.COUNT, (c, f, t) -> c.equals(COMMUNITY) && f.equals(FROM) && t.equals(TO) ? 1 : 0);

        assertThat(source.value(COMMUNITY, FROM, TO)).contains(BigDecimal.ONE);
        assertThat(source.code()).isEqualTo("P");
        assertThat(source.unit()).isEqualTo(Unit.COUNT);
    }
}
