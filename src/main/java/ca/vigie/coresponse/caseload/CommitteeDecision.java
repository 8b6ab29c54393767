package ca.vigie.coresponse.caseload;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinical committee's decision on a proposal, as recorded: to enrol on a consent basis (with the
 * consent's date and scope, or the legal exception relied on), a lead worker and a review date; to
 * decline; or to defer to a date.
 */
public record CommitteeDecision(
        @Nullable Decision decision,
        @Nullable ConsentBasis consentBasis,
        @Nullable LocalDate consentDate,
        @Nullable String consentDetail,
        @Nullable UUID leadWorkerId,
        @Nullable LocalDate reviewOn,
        @Nullable LocalDate deferredTo) {

    /** The state the decision leads to from a proposal, or the refusal of the first field out of place. */
    public EnrolmentState check(EnrolmentState from, LocalDate today) {
        if (from != EnrolmentState.PROPOSED && from != EnrolmentState.DEFERRED) {
            throw new CaseloadRejection("decision", "coresponse.caseload.error.notAwaiting");
        }
        if (decision == null) {
            throw new CaseloadRejection("decision", "validation.required");
        }
        return switch (decision) {
            case DECLINE -> EnrolmentState.DECLINED;
            case DEFER -> {
                if (deferredTo == null) {
                    throw new CaseloadRejection("deferredTo", "validation.required");
                }
                if (!deferredTo.isAfter(today)) {
                    throw new CaseloadRejection("deferredTo", "coresponse.caseload.error.deferToFuture");
                }
                yield EnrolmentState.DEFERRED;
            }
            case ENROL -> {
                if (consentBasis == null) {
                    throw new CaseloadRejection("consentBasis", "coresponse.caseload.error.consentRequired");
                }
                boolean noDetail = consentDetail == null || consentDetail.isBlank();
                if (consentBasis == ConsentBasis.EXPRESS_CONSENT) {
                    if (consentDate == null) {
                        throw new CaseloadRejection("consentDate", "validation.required");
                    }
                    if (consentDate.isAfter(today)) {
                        throw new CaseloadRejection("consentDate", "coresponse.caseload.error.consentFuture");
                    }
                }
                if (noDetail) {
                    throw new CaseloadRejection(
                            "consentDetail",
                            consentBasis == ConsentBasis.EXPRESS_CONSENT
                                    ? "coresponse.caseload.error.scopeRequired"
                                    : "coresponse.caseload.error.exceptionRequired");
                }
                if (leadWorkerId == null) {
                    throw new CaseloadRejection("leadWorkerId", "validation.required");
                }
                if (reviewOn == null) {
                    throw new CaseloadRejection("reviewOn", "validation.required");
                }
                if (!reviewOn.isAfter(today)) {
                    throw new CaseloadRejection("reviewOn", "coresponse.caseload.error.reviewInFuture");
                }
                yield EnrolmentState.ENROLLED;
            }
        };
    }
}
