package ca.vigie.coresponse.calls;

import ca.vigie.coresponse.teams.Law;
import java.util.Arrays;
import java.util.List;

/**
 * The legal basis of an apprehension under the team's mental-health law, which says who asked for it:
 * in Ontario the officer on their own grounds (Mental Health Act s. 17) or a physician's or justice's
 * form; in Québec a crisis worker or, when none is available, a relative (P-38.001 s. 8), or a court order.
 */
public enum ApprehensionBasis {
    ON_S17_OFFICER(Law.ONTARIO),
    ON_FORM_1_PHYSICIAN(Law.ONTARIO),
    ON_FORM_2_JUSTICE(Law.ONTARIO),
    QC_S8_CRISIS_WORKER(Law.QUEBEC),
    QC_S8_RELATIVE(Law.QUEBEC),
    QC_COURT_ORDER(Law.QUEBEC);

    private final Law law;

    ApprehensionBasis(Law law) {
        this.law = law;
    }

    public Law law() {
        return law;
    }

    public static List<ApprehensionBasis> under(Law law) {
        return Arrays.stream(values()).filter(basis -> basis.law == law).toList();
    }
}
