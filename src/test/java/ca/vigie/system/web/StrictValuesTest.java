package ca.vigie.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictValuesTest {

    private final StrictValues.Dates dates = new StrictValues.Dates();
    private final StrictValues.WholeNumbers<Integer> numbers = new StrictValues.WholeNumbers<>(Math::toIntExact);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-15", " 2026-03-15 ", "1900-01-01", "2199-12-31"})
    void a_real_date_in_the_years_vigie_knows_is_read(String typed) throws ParseException {
        assertThat(dates.parse(typed, Locale.CANADA_FRENCH))
                .isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30",
                "0000-00-00",
                "-0001-01-01",
                "+10000-01-01",
                "1899-12-31",
                "2200-01-01",
                "٢٠٢٦-٠١-١٥",
                "demain",
                "2026-1-5",
                ""
            })
    void anything_else_is_refused(String typed) {
        assertThatThrownBy(() -> dates.parse(typed, Locale.CANADA_FRENCH)).isInstanceOf(ParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "١٢", "1e3", "12.0", "douze", "99999999999", "9999999999999999999", " ", "+-1"})
    void a_whole_number_is_written_with_the_digits_0_to_9_and_fits(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed, Locale.CANADA)).isInstanceOf(ParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", " 16 ", "-3", "+7", "0"})
    void whole_numbers_as_people_type_them_are_read(String typed) throws ParseException {
        assertThat(numbers.parse(typed, Locale.CANADA)).isEqualTo(Integer.parseInt(typed.strip()));
    }
}
