package ca.vigie.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.FileHistory.Done;
import ca.vigie.complaints.process.FileHistory.Entered;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadline engine for each jurisdiction, including month ends, leap days and the one-year limit. */
class DeadlinesTest {

    static final LocalDate NOTICE = LocalDate.of(2027, 1, 31);

    static FileHistory federal(LocalDate receivedOn) {
        return new FileHistory(
                Jurisdiction.FEDERAL, receivedOn, List.of(new Entered(Stage.RECEIVED, receivedOn)), List.of());
    }

    @Test
    void a_federal_notice_owes_contact_in_7_days_negotiation_in_45_an_update_monthly_and_completion_in_a_year() {
        List<Deadline> owed = Deadlines.of(federal(NOTICE), NOTICE);

        assertThat(owed)
                .containsExactly(
                        new Deadline(DeadlineKind.FIRST_CONTACT, LocalDate.of(2027, 2, 7), null),
                        new Deadline(DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 2, 28), null),
                        new Deadline(DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN, LocalDate.of(2027, 3, 17), null),
                        new Deadline(DeadlineKind.COMPLETION, LocalDate.of(2028, 1, 31), null));
        assertThat(owed.get(0).state(NOTICE)).isEqualTo(Deadline.State.DUE);
        assertThat(owed.get(0).state(LocalDate.of(2027, 2, 8))).isEqualTo(Deadline.State.MISSED);
    }

    @Test
    void monthly_updates_keep_the_notices_day_across_short_months() {
        FileHistory file = federal(NOTICE)
                .with(new Done(StepKind.STATUS_UPDATE, LocalDate.of(2027, 2, 20)))
                .with(new Done(StepKind.STATUS_UPDATE, LocalDate.of(2027, 3, 31)))
                .with(new Done(StepKind.STATUS_UPDATE, LocalDate.of(2027, 5, 3)));

        List<Deadline> updates = Deadlines.of(file, LocalDate.of(2027, 5, 10)).stream()
                .filter(d -> d.kind() == DeadlineKind.STATUS_UPDATE)
                .toList();

        assertThat(updates)
                .containsExactly(
                        new Deadline(DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 20)),
                        new Deadline(DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31)),
                        new Deadline(DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3)),
                        new Deadline(DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 5, 31), null));
        assertThat(updates.get(2).state(LocalDate.of(2027, 5, 10))).isEqualTo(Deadline.State.MET_LATE);
        assertThat(Deadlines.late(file, DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 5, 31)))
                .isFalse();
        assertThat(Deadlines.late(file, DeadlineKind.STATUS_UPDATE, LocalDate.of(2027, 6, 1)))
                .isTrue();
    }

    @Test
    void months_without_an_update_are_each_missed() {
        List<Deadline> updates = Deadlines.of(federal(NOTICE), LocalDate.of(2027, 4, 15)).stream()
                .filter(d -> d.kind() == DeadlineKind.STATUS_UPDATE)
                .toList();

        assertThat(updates)
                .extracting(Deadline::dueOn)
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
        assertThat(updates)
                .extracting(d -> d.state(LocalDate.of(2027, 4, 15)))
                .containsExactly(Deadline.State.MISSED, Deadline.State.MISSED, Deadline.State.DUE);
    }

    @Test
    void a_leap_day_notice_is_completed_by_the_28th_of_february_a_year_later() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertThat(Deadlines.owed(federal(leapDay), DeadlineKind.COMPLETION, leapDay))
                .hasValueSatisfying(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2029, 2, 28)));
        assertThat(Deadlines.late(federal(leapDay), DeadlineKind.COMPLETION, LocalDate.of(2029, 2, 28)))
                .isFalse();
        assertThat(Deadlines.late(federal(leapDay), DeadlineKind.COMPLETION, LocalDate.of(2029, 3, 1)))
                .isTrue();
    }

    @Test
    void negotiated_resolution_begun_on_day_45_is_on_time_and_on_day_46_late() {
        LocalDate notice = LocalDate.of(2027, 3, 1);
        FileHistory file = federal(notice).with(new Entered(Stage.INITIAL_REVIEW, notice.plusDays(2)));
        assertThat(Deadlines.late(file, DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN, notice.plusDays(45)))
                .isFalse();
        assertThat(Deadlines.late(file, DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN, notice.plusDays(46)))
                .isTrue();

        FileHistory begun = file.with(new Entered(Stage.NEGOTIATED_RESOLUTION, notice.plusDays(46)));
        assertThat(Deadlines.of(begun, notice.plusDays(50)))
                .filteredOn(d -> d.kind() == DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN)
                .singleElement()
                .satisfies(d -> assertThat(d.state(notice.plusDays(50))).isEqualTo(Deadline.State.MET_LATE));
        assertThat(Deadlines.owed(begun, DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN, notice.plusDays(50)))
                .isEmpty();
    }

    @Test
    void a_file_closed_early_owes_nothing_that_fell_due_after_its_closing() {
        LocalDate notice = LocalDate.of(2027, 3, 1);
        FileHistory withdrawn = federal(notice)
                .with(new Done(StepKind.FIRST_CONTACT, notice.plusDays(3)))
                .with(new Entered(Stage.CLOSED, notice.plusDays(20)));

        assertThat(Deadlines.of(withdrawn, notice.plusYears(2)))
                .containsExactly(
                        new Deadline(DeadlineKind.FIRST_CONTACT, notice.plusDays(7), notice.plusDays(3)),
                        new Deadline(DeadlineKind.COMPLETION, notice.plusYears(1), notice.plusDays(20)));
    }

    @Test
    void ontario_owes_written_results_within_10_days_of_the_investigations_end() {
        LocalDate notice = LocalDate.of(2027, 6, 1);
        FileHistory file = new FileHistory(
                Jurisdiction.ONTARIO,
                notice,
                List.of(
                        new Entered(Stage.RECEIVED, notice),
                        new Entered(Stage.INITIAL_REVIEW, notice.plusDays(1)),
                        new Entered(Stage.INVESTIGATION, notice.plusDays(5))),
                List.of());
        assertThat(Deadlines.of(file, notice.plusDays(60))).isEmpty();

        FileHistory ended = file.with(new Entered(Stage.RECOMMENDATIONS, LocalDate.of(2027, 8, 25)));
        assertThat(Deadlines.of(ended, LocalDate.of(2027, 8, 25)))
                .containsExactly(new Deadline(DeadlineKind.RESULTS_IN_WRITING, LocalDate.of(2027, 9, 4), null));
        assertThat(Deadlines.late(ended, DeadlineKind.RESULTS_IN_WRITING, LocalDate.of(2027, 9, 5)))
                .isTrue();
        assertThat(Deadlines.of(
                        ended.with(new Done(StepKind.RESULTS_SENT, LocalDate.of(2027, 9, 1))),
                        LocalDate.of(2027, 9, 30)))
                .singleElement()
                .satisfies(d -> assertThat(d.state(LocalDate.of(2027, 9, 30))).isEqualTo(Deadline.State.MET));
    }

    @Test
    void quebec_sets_no_office_deadline_but_limits_recourse_to_two_years_after_the_last_incident() {
        LocalDate notice = LocalDate.of(2027, 6, 1);
        FileHistory file =
                new FileHistory(Jurisdiction.QUEBEC, notice, List.of(new Entered(Stage.RECEIVED, notice)), List.of());
        assertThat(Deadlines.of(file, notice.plusYears(3))).isEmpty();
        assertThat(Deadlines.recourseLimit(Jurisdiction.QUEBEC, LocalDate.of(2028, 2, 29)))
                .contains(LocalDate.of(2030, 2, 28));
        assertThat(Deadlines.recourseLimit(Jurisdiction.ONTARIO, notice)).isEmpty();
    }
}
