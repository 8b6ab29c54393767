package ca.vigie.system;

/**
 * What a personal access token may do. A request signed in with a token carries {@link #TOKEN} and
 * one {@code SCOPE_} authority per scope; a browser session carries neither and is limited by the
 * person's roles alone. The rules below are for {@code @PreAuthorize} on API handlers. Any token
 * may ask whom it acts for ({@code /api/v1/me}); everything else needs its scope.
 */
public final class ApiScopes {

    public static final String TOKEN = "API_TOKEN";
    public static final String PLANS_READ = "plans:read";
    public static final String INDICATORS_READ = "indicators:read";
    public static final String INDICATORS_WRITE = "indicators:write";
    public static final String DIRECTORY_READ = "directory:read";
    public static final String SITUATIONS_READ = "situations:read";
    public static final String COMPLAINT_STATISTICS_READ = "complaint-statistics:read";

    /** Reading a co-response team's aggregates, and its calls without identities, under the pages' rules. */
    public static final String CORESPONSE_READ = "coresponse:read";

    /** Sending calls to a co-response team: held by the team's dispatch tokens alone, never by a person's. */
    public static final String CORESPONSE_WRITE = "coresponse:write";

    private static final String SESSION_OR_TOKEN_WITH =
            "hasAuthority('" + Authorities.SIGNED_IN + "') and (!hasAuthority('" + TOKEN + "') or hasAuthority('SCOPE_";

    public static final String MAY_READ_PLANS = SESSION_OR_TOKEN_WITH + PLANS_READ + "'))";
    public static final String MAY_READ_INDICATORS = SESSION_OR_TOKEN_WITH + INDICATORS_READ + "'))";
    public static final String MAY_WRITE_INDICATORS = SESSION_OR_TOKEN_WITH + INDICATORS_WRITE + "'))";
    public static final String MAY_READ_DIRECTORY = SESSION_OR_TOKEN_WITH + DIRECTORY_READ + "'))";
    public static final String MAY_READ_SITUATIONS = SESSION_OR_TOKEN_WITH + SITUATIONS_READ + "'))";
    public static final String MAY_READ_COMPLAINT_STATISTICS =
            SESSION_OR_TOKEN_WITH + COMPLAINT_STATISTICS_READ + "'))";

    public static final String MAY_READ_CORESPONSE = SESSION_OR_TOKEN_WITH + CORESPONSE_READ + "'))";

    /** A team's dispatch system, signed in with one of the team's tokens. */
    public static final String MAY_SEND_CORESPONSE_CALLS =
            "hasAuthority('" + Authorities.SERVICE + "') and hasAuthority('SCOPE_" + CORESPONSE_WRITE + "')";

    private ApiScopes() {}
}
