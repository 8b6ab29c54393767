package ca.vigie.coresponse.notes;

/**
 * The legal basis on which something passes from one side of the team to the other: the person's
 * consent; in Ontario, a significant risk of serious bodily harm (PHIPA s. 40(1)); in Québec, the
 * emergency provision of the act on health and social services information; or another basis, said in
 * words.
 */
public enum SharingBasis {
    CONSENT,
    ON_PHIPA_40_1,
    QC_HEALTH_INFORMATION_EMERGENCY,
    OTHER
}
