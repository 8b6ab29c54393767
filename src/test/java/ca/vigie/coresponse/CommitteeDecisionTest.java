package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.caseload.CaseloadRejection;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.EnrolmentState;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The enrolment's states: only a committee decision on a proposal moves it, and enrolment needs its basis. */
class CommitteeDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final UUID WORKER = UUID.randomUUID();

    private static void refused(CommitteeDecision decision, EnrolmentState from, String field, String key) {
        assertThatThrownBy(() -> decision.check(from, TODAY)).isInstanceOfSatisfying(CaseloadRejection.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_proposal_or_a_deferral_is_enrolled_declined_or_deferred() {
        CommitteeDecision enrol = new CommitteeDecision(
                Decision.ENROL,
                ConsentBasis.EXPRESS_CONSENT,
                TODAY,
                "Suivi et échanges avec le CLSC",
                WORKER,
                TODAY.plusMonths(3),
                null);
        assertThat(enrol.check(EnrolmentState.PROPOSED, TODAY)).isEqualTo(EnrolmentState.ENROLLED);
        assertThat(enrol.check(EnrolmentState.DEFERRED, TODAY)).isEqualTo(EnrolmentState.ENROLLED);
        assertThat(new CommitteeDecision(Decision.DECLINE, null, null, null, null, null, null)
                        .check(EnrolmentState.PROPOSED, TODAY))
                .isEqualTo(EnrolmentState.DECLINED);
        assertThat(new CommitteeDecision(Decision.DEFER, null, null, null, null, null, TODAY.plusDays(7))
                        .check(EnrolmentState.PROPOSED, TODAY))
                .isEqualTo(EnrolmentState.DEFERRED);
    }

    @Test
    void nothing_decided_moves_an_enrolment_that_is_not_waiting() {
        CommitteeDecision decline = new CommitteeDecision(Decision.DECLINE, null, null, null, null, null, null);
        for (EnrolmentState state :
                new EnrolmentState[] {EnrolmentState.ENROLLED, EnrolmentState.DECLINED, EnrolmentState.DISCHARGED}) {
            refused(decline, state, "decision", "coresponse.caseload.error.notAwaiting");
        }
    }

    @Test
    void enrolment_needs_a_consent_basis_with_its_detail_a_lead_worker_and_a_review_to_come() {
        refused(
                new CommitteeDecision(Decision.ENROL, null, null, "x", WORKER, TODAY.plusDays(30), null),
                EnrolmentState.PROPOSED,
                "consentBasis",
                "coresponse.caseload.error.consentRequired");
        refused(
                new CommitteeDecision(
                        Decision.ENROL, ConsentBasis.EXPRESS_CONSENT, null, "x", WORKER, TODAY.plusDays(30), null),
                EnrolmentState.PROPOSED,
                "consentDate",
                "validation.required");
        refused(
                new CommitteeDecision(
                        Decision.ENROL,
                        ConsentBasis.EXPRESS_CONSENT,
                        TODAY.plusDays(1),
                        "x",
                        WORKER,
                        TODAY.plusDays(30),
                        null),
                EnrolmentState.PROPOSED,
                "consentDate",
                "coresponse.caseload.error.consentFuture");
        refused(
                new CommitteeDecision(
                        Decision.ENROL, ConsentBasis.LEGAL_EXCEPTION, null, " ", WORKER, TODAY.plusDays(30), null),
                EnrolmentState.PROPOSED,
                "consentDetail",
                "coresponse.caseload.error.exceptionRequired");
        refused(
                new CommitteeDecision(
                        Decision.ENROL, ConsentBasis.LEGAL_EXCEPTION, null, "x", null, TODAY.plusDays(30), null),
                EnrolmentState.PROPOSED,
                "leadWorkerId",
                "validation.required");
        refused(
                new CommitteeDecision(Decision.ENROL, ConsentBasis.LEGAL_EXCEPTION, null, "x", WORKER, TODAY, null),
                EnrolmentState.PROPOSED,
                "reviewOn",
                "coresponse.caseload.error.reviewInFuture");
        refused(
                new CommitteeDecision(Decision.DEFER, null, null, null, null, null, TODAY),
                EnrolmentState.PROPOSED,
                "deferredTo",
                "coresponse.caseload.error.deferToFuture");
    }
}
