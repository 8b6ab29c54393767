package ca.vigie.coresponse.web;

import ca.vigie.coresponse.caseload.CarePlan;
import ca.vigie.coresponse.caseload.ContactMode;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.caseload.GoalStatus;
import ca.vigie.coresponse.caseload.MilestoneKind;
import ca.vigie.coresponse.caseload.Need;
import ca.vigie.coresponse.caseload.Referral;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.notes.SharingBasis;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The forms of a person's page, as typed. */
final class PersonForms {

    private PersonForms() {}

    /** A note as typed, for the member's side or the whole team. */
    record NoteForm(
            @Size(max = Notes.BODY_MAX, message = "{validation.tooLong}") @Nullable
            String body,

            boolean forTheTeam,
            @Nullable UUID formToken) {

        static NoteForm blank() {
            return new NoteForm("", false, UUID.randomUUID());
        }
    }

    /** What to pass across from one note, and on what basis. */
    record ShareForm(
            @Nullable UUID noteId,

            @Size(max = Notes.BODY_MAX, message = "{validation.tooLong}") @Nullable
            String shared,

            @Nullable SharingBasis basis,

            @Size(max = Notes.DETAIL_MAX, message = "{validation.tooLong}") @Nullable
            String detail,

            @Nullable UUID formToken) {}

    /** A proposal to follow the person, with its reason. */
    record ProposalForm(
            @Size(max = Enrolments.REASON_MAX, message = "{validation.tooLong}") @Nullable
            String reason,

            @Nullable UUID formToken) {}

    /** An alert for the whole team: how to approach, never a diagnosis. */
    record AlertForm(
            @Size(max = FollowUp.ALERT_MAX, message = "{validation.tooLong}") @Nullable
            String alertBody,

            @Nullable UUID formToken) {}

    /** A contact as typed. */
    record ContactForm(
            @Nullable LocalDate contactOn,
            @Nullable ContactMode mode,
            @Nullable Set<Need> needs,
            @Nullable Set<Referral> referrals,
            @Nullable Boolean referralsCompleted,
            @Nullable UUID formToken) {}

    /** A goal of the care and safety plan, as typed. */
    record GoalForm(
            @Size(max = CarePlan.GOAL_MAX, message = "{validation.tooLong}") @Nullable
            String goal,

            @Nullable UUID formToken) {}

    /** A goal's new status, from the version seen. */
    record GoalStatusForm(
            @Nullable GoalStatus status, @Nullable Integer version) {}

    /** A milestone as typed. */
    record MilestoneForm(
            @Nullable MilestoneKind kind,
            @Nullable LocalDate milestoneOn,
            @Nullable UUID formToken) {}
}
