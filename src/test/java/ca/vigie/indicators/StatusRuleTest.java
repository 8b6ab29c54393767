package ca.vigie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void higher_is_better_is_on_target_at_or_above_near_within_tolerance_and_off_below() {
        StatusRule rule = new StatusRule(Direction.HIGHER_IS_BETTER, n("10"), null, null);

        assertThat(rule.statusOf(n("80"), n("80"))).isEqualTo(ValueStatus.ON_TARGET);
        assertThat(rule.statusOf(n("95"), n("80"))).isEqualTo(ValueStatus.ON_TARGET);
        assertThat(rule.statusOf(n("72"), n("80"))).isEqualTo(ValueStatus.NEAR_TARGET);
        assertThat(rule.statusOf(n("71.9"), n("80"))).isEqualTo(ValueStatus.OFF_TARGET);
        assertThat(rule.statusOf(n("71.9"), null)).isEqualTo(ValueStatus.NO_TARGET);
    }

    @Test
    void lower_is_better_mirrors_it() {
        StatusRule rule = new StatusRule(Direction.LOWER_IS_BETTER, n("10"), null, null);

        assertThat(rule.statusOf(n("40"), n("50"))).isEqualTo(ValueStatus.ON_TARGET);
        assertThat(rule.statusOf(n("55"), n("50"))).isEqualTo(ValueStatus.NEAR_TARGET);
        assertThat(rule.statusOf(n("55.1"), n("50"))).isEqualTo(ValueStatus.OFF_TARGET);
    }

    @Test
    void within_a_band_uses_the_band_and_a_tolerance_of_its_width_not_the_target() {
        StatusRule rule = new StatusRule(Direction.WITHIN_BAND, n("10"), n("20"), n("40"));

        assertThat(rule.statusOf(n("20"), null)).isEqualTo(ValueStatus.ON_TARGET);
        assertThat(rule.statusOf(n("40"), n("999"))).isEqualTo(ValueStatus.ON_TARGET);
        assertThat(rule.statusOf(n("18"), null)).isEqualTo(ValueStatus.NEAR_TARGET);
        assertThat(rule.statusOf(n("42"), null)).isEqualTo(ValueStatus.NEAR_TARGET);
        assertThat(rule.statusOf(n("42.1"), null)).isEqualTo(ValueStatus.OFF_TARGET);
        assertThat(rule.statusOf(n("17.9"), null)).isEqualTo(ValueStatus.OFF_TARGET);
    }

    @Test
    void a_zero_tolerance_leaves_no_near_zone() {
        StatusRule rule = new StatusRule(Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, null, null);

        assertThat(rule.statusOf(n("79.99"), n("80"))).isEqualTo(ValueStatus.OFF_TARGET);
    }

    @Test
    void the_target_in_force_is_the_next_dated_one_then_the_last() {
        List<DatedTarget> targets = List.of(
                new DatedTarget(LocalDate.of(2025, 12, 31), n("60")),
                new DatedTarget(LocalDate.of(2026, 12, 31), n("70")));

        assertThat(DatedTarget.inForce(targets, LocalDate.of(2025, 3, 1))).isEqualByComparingTo("60");
        assertThat(DatedTarget.inForce(targets, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("70");
        assertThat(DatedTarget.inForce(targets, LocalDate.of(2027, 6, 1))).isEqualByComparingTo("70");
        assertThat(DatedTarget.inForce(List.of(), LocalDate.of(2027, 6, 1))).isNull();
    }

    @Test
    void periods_start_on_the_first_day_of_their_month_quarter_or_year() {
        assertThat(Frequency.MONTHLY.periodOf(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Frequency.ANNUAL.periodOf(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Frequency.QUARTERLY.isPeriodStart(LocalDate.of(2026, 2, 1))).isFalse();
    }

    @Test
    void units_refuse_values_that_make_no_sense_for_them() {
        assertThat(Unit.COUNT.violation(n("3.5"))).contains("indicators.value.wholeNumber");
        assertThat(Unit.COUNT.violation(n("3.0"))).isEmpty();
        assertThat(Unit.PERCENT.violation(n("100.5"))).contains("indicators.value.overHundred");
        assertThat(Unit.DAYS.violation(n("-1"))).contains("indicators.value.negative");
        assertThat(Unit.SCORE.violation(n("-1"))).isEmpty();
        assertThat(Unit.SCORE.violation(n("-100000000000000"))).contains("indicators.value.tooLarge");
        assertThat(Unit.COUNT.violation(n("99999999999999"))).isEmpty();
    }
}
