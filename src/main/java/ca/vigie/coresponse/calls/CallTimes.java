package ca.vigie.coresponse.calls;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A call's times, each named by the form field that holds it. A call happens in order (received,
 * dispatched, on scene, cleared), the emergency department's times come with a disposition that took
 * the person there (handover after arrival), and nothing has happened yet that is still to come.
 */
public record CallTimes(
        @Nullable Instant receivedAt,
        @Nullable Instant dispatchedAt,
        @Nullable Instant onSceneAt,
        @Nullable Instant clearedAt,
        @Nullable Instant edArrivalAt,
        @Nullable Instant edHandoverAt) {

    /** The earliest time a call may carry: anything before is a typing slip or a forged value. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** How far ahead of the server's clock a time may be: a phone's clock a little ahead, a "now" rounded up. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    /** Refuses the first time out of place, by its field. */
    public void check(Instant now, @Nullable Disposition disposition) {
        if (receivedAt == null) {
            throw new CallRejection("receivedAt", "validation.required");
        }
        Instant latest = now.plus(CLOCK_SLACK);
        String[] fields = {"receivedAt", "dispatchedAt", "onSceneAt", "clearedAt", "edArrivalAt", "edHandoverAt"};
        @Nullable Instant[] times = {receivedAt, dispatchedAt, onSceneAt, clearedAt, edArrivalAt, edHandoverAt};
        for (int i = 0; i < times.length; i++) {
            if (times[i] != null && times[i].isAfter(latest)) {
                throw new CallRejection(fields[i], "coresponse.call.error.future");
            }
            if (times[i] != null && times[i].isBefore(EARLIEST)) {
                throw new CallRejection(fields[i], "coresponse.call.error.tooEarly");
            }
        }
        Instant before = receivedAt;
        String beforeField = "receivedAt";
        for (int i = 1; i <= 3; i++) {
            if (times[i] == null) {
                continue;
            }
            if (times[i].isBefore(before)) {
                throw new CallRejection(fields[i], "coresponse.call.error.before." + beforeField);
            }
            before = times[i];
            beforeField = fields[i];
        }
        checkEmergencyDepartment(disposition);
    }

    private void checkEmergencyDepartment(@Nullable Disposition disposition) {
        if (edArrivalAt == null && edHandoverAt == null) {
            return;
        }
        if (disposition == null || !disposition.takesToHospital()) {
            throw new CallRejection(
                    edArrivalAt != null ? "edArrivalAt" : "edHandoverAt", "coresponse.call.error.edWithoutTransport");
        }
        if (edArrivalAt == null) {
            throw new CallRejection("edArrivalAt", "coresponse.call.error.handoverWithoutArrival");
        }
        Instant scene = onSceneAt != null ? onSceneAt : receivedAt;
        if (scene != null && edArrivalAt.isBefore(scene)) {
            throw new CallRejection(
                    "edArrivalAt",
                    onSceneAt != null
                            ? "coresponse.call.error.before.onSceneAt"
                            : "coresponse.call.error.before.receivedAt");
        }
        if (edHandoverAt != null && edHandoverAt.isBefore(edArrivalAt)) {
            throw new CallRejection("edHandoverAt", "coresponse.call.error.before.edArrivalAt");
        }
    }

    /** How long the officers waited at the emergency department before the hospital took over. */
    public @Nullable Duration handover() {
        return edArrivalAt == null || edHandoverAt == null ? null : Duration.between(edArrivalAt, edHandoverAt);
    }
}
