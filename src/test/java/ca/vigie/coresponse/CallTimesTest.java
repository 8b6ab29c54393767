package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.calls.CallRejection;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Disposition;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CallTimesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T18:00:00Z");
    private static final Instant RECEIVED = NOW.minusSeconds(3600);

    private static CallTimes times(
            @Nullable Instant dispatched,
            @Nullable Instant onScene,
            @Nullable Instant cleared,
            @Nullable Instant arrival,
            @Nullable Instant handover) {
        return new CallTimes(RECEIVED, dispatched, onScene, cleared, arrival, handover);
    }

    private static void refused(CallTimes times, @Nullable Disposition disposition, String field, String key) {
        assertThatThrownBy(() -> times.check(NOW, disposition)).isInstanceOfSatisfying(CallRejection.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_call_in_order_with_its_hospital_times_is_accepted() {
        CallTimes times = times(
                RECEIVED.plusSeconds(60),
                RECEIVED.plusSeconds(600),
                RECEIVED.plusSeconds(3000),
                RECEIVED.plusSeconds(1800),
                RECEIVED.plusSeconds(2700));
        assertThatCode(() -> times.check(NOW, Disposition.APPREHENSION)).doesNotThrowAnyException();
        assertThat(times.handover()).hasMinutes(15);
    }

    @Test
    void each_time_must_follow_the_one_before_it_that_is_known() {
        refused(
                times(RECEIVED.minusSeconds(60), null, null, null, null),
                null,
                "dispatchedAt",
                "coresponse.call.error.before.receivedAt");
        refused(
                times(null, RECEIVED.minusSeconds(1), null, null, null),
                null,
                "onSceneAt",
                "coresponse.call.error.before.receivedAt");
        refused(
                times(RECEIVED.plusSeconds(600), RECEIVED.plusSeconds(300), null, null, null),
                null,
                "onSceneAt",
                "coresponse.call.error.before.dispatchedAt");
        refused(
                times(null, RECEIVED.plusSeconds(600), RECEIVED.plusSeconds(300), null, null),
                null,
                "clearedAt",
                "coresponse.call.error.before.onSceneAt");
    }

    @Test
    void a_time_to_come_is_refused_beyond_a_phone_s_slack() {
        refused(times(null, null, NOW.plusSeconds(600), null, null), null, "clearedAt", "coresponse.call.error.future");
        assertThatCode(() -> times(null, null, NOW.plusSeconds(60), null, null).check(NOW, null))
                .doesNotThrowAnyException();
    }

    @Test
    void hospital_times_need_a_disposition_that_went_there_an_arrival_and_a_later_handover() {
        refused(
                times(null, null, null, RECEIVED.plusSeconds(60), null),
                Disposition.RESOLVED_ON_SCENE,
                "edArrivalAt",
                "coresponse.call.error.edWithoutTransport");
        refused(
                times(null, null, null, null, RECEIVED.plusSeconds(60)),
                Disposition.VOLUNTARY_TRANSPORT,
                "edArrivalAt",
                "coresponse.call.error.handoverWithoutArrival");
        refused(
                times(null, null, null, RECEIVED.plusSeconds(600), RECEIVED.plusSeconds(300)),
                Disposition.VOLUNTARY_TRANSPORT,
                "edHandoverAt",
                "coresponse.call.error.before.edArrivalAt");
        refused(
                times(null, RECEIVED.plusSeconds(600), null, RECEIVED.plusSeconds(300), null),
                Disposition.APPREHENSION,
                "edArrivalAt",
                "coresponse.call.error.before.onSceneAt");
    }

    @Test
    void a_call_needs_the_time_it_was_received() {
        assertThatThrownBy(() -> new CallTimes(null, null, null, null, null, null).check(NOW, null))
                .isInstanceOfSatisfying(
                        CallRejection.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("receivedAt"));
    }
}
