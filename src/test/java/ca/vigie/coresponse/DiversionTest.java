package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.WithoutTeam;
import org.junit.jupiter.api.Test;

class DiversionTest {

    @Test
    void an_emergency_visit_is_avoided_unless_the_person_was_taken_to_hospital() {
        assertThat(WithoutTeam.EMERGENCY_VISIT.divertedBy(Disposition.RESOLVED_ON_SCENE))
                .isTrue();
        assertThat(WithoutTeam.EMERGENCY_VISIT.divertedBy(Disposition.REFERRAL)).isTrue();
        assertThat(WithoutTeam.EMERGENCY_VISIT.divertedBy(Disposition.VOLUNTARY_TRANSPORT))
                .isFalse();
        assertThat(WithoutTeam.EMERGENCY_VISIT.divertedBy(Disposition.APPREHENSION))
                .isFalse();
    }

    @Test
    void an_apprehension_or_an_arrest_is_avoided_unless_it_happened() {
        assertThat(WithoutTeam.APPREHENSION.divertedBy(Disposition.VOLUNTARY_TRANSPORT))
                .isTrue();
        assertThat(WithoutTeam.APPREHENSION.divertedBy(Disposition.APPREHENSION))
                .isFalse();
        assertThat(WithoutTeam.ARREST.divertedBy(Disposition.TICKET)).isTrue();
        assertThat(WithoutTeam.ARREST.divertedBy(Disposition.ARREST)).isFalse();
    }

    @Test
    void patrol_time_and_nothing_different_are_no_diversion() {
        for (Disposition disposition : Disposition.values()) {
            assertThat(WithoutTeam.PATROL_TIME.divertedBy(disposition)).isFalse();
            assertThat(WithoutTeam.NOTHING_DIFFERENT.divertedBy(disposition)).isFalse();
        }
    }
}
