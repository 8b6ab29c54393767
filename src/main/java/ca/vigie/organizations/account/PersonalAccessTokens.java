package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.ApiTokenAuthenticator;
import ca.vigie.system.ApiTokenSecrets;
import ca.vigie.system.Authorities;
import ca.vigie.system.CommunityCalendar;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for integrations. A token is 160 random bits shown once; only its SHA-256
 * digest is stored. It acts for its owner with the owner's current roles, limited to its scopes,
 * until it expires or is revoked, and never for a disabled account.
 */
@Service
class PersonalAccessTokens implements ApiTokenAuthenticator {

    static final Set<String> SCOPES = Set.of(
            ApiScopes.PLANS_READ,
            ApiScopes.INDICATORS_READ,
            ApiScopes.INDICATORS_WRITE,
            ApiScopes.DIRECTORY_READ,
            ApiScopes.SITUATIONS_READ,
            ApiScopes.COMPLAINT_STATISTICS_READ,
            ApiScopes.CORESPONSE_READ);
    static final List<Integer> LIFETIMES_IN_DAYS = List.of(30, 90, 365);
    private static final String PREFIX = "vgt_";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, AuditTrail audit, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.calendar = calendar;
    }

    record Token(
            UUID id,
            String name,
            String scopes,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }

        public List<String> scopeList() {
            return Arrays.asList(scopes.split(","));
        }
    }

    @Transactional(readOnly = true)
    List<Token> of(VigiePrincipal owner) {
        return jdbc.sql("""
                        select id, name, scopes, created_at, expires_at, revoked_at, last_used_at
                        from personal_access_token where user_id = ? order by created_at desc
                        """).param(owner.userId()).query(Token.class).list();
    }

    /** Creates a token and returns it; this is the only time it can be read. */
    @Transactional
    String create(VigiePrincipal owner, String name, List<String> scopes, int days) {
        String label = name.strip();
        if (label.isEmpty()) {
            throw new RejectedValueException("name", "validation.required");
        }
        if (label.length() > 100) {
            throw new RejectedValueException("name", "text.tooLong", 100);
        }
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            throw new RejectedValueException("scopes", "tokens.scopes.required");
        }
        if (!LIFETIMES_IN_DAYS.contains(days)) {
            throw new RejectedValueException("days", "validation.invalidChoice");
        }
        String token = ApiTokenSecrets.newToken(PREFIX);
        Instant now = calendar.now();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into personal_access_token (id, community_id, user_id, name, token_hash, scopes,
                            created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        owner.communityId(),
                        owner.userId(),
                        label,
                        ApiTokenSecrets.digest(token),
                        String.join(",", scopes.stream().sorted().toList()),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofDays(days))))
                .update();
        audit.record(AuditEntry.by(owner, "API_TOKEN_CREATED", "api-token", id));
        return token;
    }

    @Transactional
    void revoke(VigiePrincipal owner, UUID id) {
        int revoked = jdbc.sql(
                        "update personal_access_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(calendar.now()), id, owner.userId())
                .update();
        if (revoked == 1) {
            audit.record(AuditEntry.by(owner, "API_TOKEN_REVOKED", "api-token", id));
        }
    }

    @Override
    @Transactional
    public Optional<Authentication> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = calendar.now();
        record Found(UUID id, UUID userId, String scopes) {}
        Optional<Found> found = jdbc.sql("""
                        select id, user_id, scopes from personal_access_token
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        """)
                .params(ApiTokenSecrets.digest(token), Timestamp.from(now))
                .query(Found.class)
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(found.get().userId()).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update personal_access_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), found.get().id())
                .update();
        VigiePrincipal principal = accounts.principalOf(account.get());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
        authorities.add(new SimpleGrantedAuthority(ApiScopes.TOKEN));
        principal.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        Arrays.stream(found.get().scopes().split(","))
                .map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                .forEach(authorities::add);
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
