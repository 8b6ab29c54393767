package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.indicators.ComputedSource;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo plan's co-response indicators are computed from the mixed team's calls, not typed. */
@VigieTest
class ComputedFromCallsTest {

    @Autowired
    List<ComputedSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_team_s_figures_over_the_demo_s_last_year_read_as_indicators_would() {
        Map<String, ComputedSource> byCode =
                sources.stream().collect(Collectors.toMap(ComputedSource::code, source -> source));
        UUID community = jdbc.queryForObject(
                "select community_id from coresponse_team where name_en = 'Bay Mixed Response Team'", UUID.class);
        LocalDate to = LocalDate.now().minusMonths(1);
        LocalDate from = to.minusMonths(11);

        BigDecimal calls =
                byCode.get(CoresponseSources.CALLS).value(community, from, to).orElseThrow();
        BigDecimal share = byCode.get(CoresponseSources.MENTAL_HEALTH_SHARE)
                .value(community, from, to)
                .orElseThrow();
        BigDecimal rate = byCode.get(CoresponseSources.APPREHENSION_RATE)
                .value(community, from, to)
                .orElseThrow();
        BigDecimal handover = byCode.get(CoresponseSources.HANDOVER_MEDIAN)
                .value(community, from, to)
                .orElseThrow();

        assertThat(calls).isBetween(new BigDecimal(800), new BigDecimal(1200));
        assertThat(share).isBetween(new BigDecimal(30), new BigDecimal(70));
        assertThat(rate).isBetween(new BigDecimal(2), new BigDecimal(15));
        assertThat(handover).isBetween(new BigDecimal(40), new BigDecimal(200));
        assertThat(jdbc.queryForObject("""
                        select count(*) from indicator i join indicator_computation c on c.indicator_id = i.id
                        where i.name_en in ('Share of crisis calls handled by a mixed team',
                            'Emergency department handover time') and c.source like 'CORESPONSE_%'
                        """, Integer.class)).isEqualTo(2);
    }
}
