package ca.vigie.system;

/**
 * How large a spreadsheet or CSV file an import reads. The servlet lets larger uploads through for
 * documents attached to a complaint, which check their own limit, so each import checks this one.
 */
public final class ImportLimits {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ImportLimits() {}
}
