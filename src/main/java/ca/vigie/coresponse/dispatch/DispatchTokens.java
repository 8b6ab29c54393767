package ca.vigie.coresponse.dispatch;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.TeamRejection;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.ApiTokenAuthenticator;
import ca.vigie.system.ApiTokenSecrets;
import ca.vigie.system.Authorities;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Text;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens a team's lead creates for the dispatch system. A token is 160 random bits shown once; only
 * its SHA-256 digest is kept. It may send calls to its team (scope {@code coresponse:write}) and nothing
 * else, until it expires or is revoked; it reads nothing.
 */
@Service
public class DispatchTokens implements ApiTokenAuthenticator {

    public static final List<Integer> LIFETIMES_IN_DAYS = List.of(90, 365);
    public static final int NAME_MAX = 100;
    private static final String PREFIX = "vgd_";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    DispatchTokens(JdbcClient jdbc, AuditTrail audit, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A token as its team's page lists it; never the token itself. */
    public record Token(
            UUID id,
            String name,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    @Transactional(readOnly = true)
    public List<Token> of(Seat lead) {
        requireLead(lead);
        return jdbc.sql("""
                        select id, name, created_at, expires_at, revoked_at, last_used_at
                        from coresponse_dispatch_token where team_id = ? order by created_at desc
                        """).param(lead.teamId()).query(Token.class).list();
    }

    /** Creates a token for the team and returns it; this is the only time it can be read. */
    @Transactional
    public String create(Seat lead, @Nullable String name, @Nullable Integer days) {
        requireLead(lead);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new TeamRejection("name", "validation.required");
        }
        if (Text.hasUnreadable(label)) {
            throw new TeamRejection("name", "text.unreadable");
        }
        if (label.length() > NAME_MAX) {
            throw new TeamRejection("name", "text.tooLong", NAME_MAX);
        }
        if (days == null || !LIFETIMES_IN_DAYS.contains(days)) {
            throw new TeamRejection("days", "validation.invalidChoice");
        }
        String token = ApiTokenSecrets.newToken(PREFIX);
        Instant now = calendar.now();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_dispatch_token
                            (id, team_id, community_id, name, token_hash, created_at, created_by, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        lead.teamId(),
                        lead.communityId(),
                        label,
                        ApiTokenSecrets.digest(token),
                        Timestamp.from(now),
                        lead.person().userId(),
                        Timestamp.from(now.plus(Duration.ofDays(days))))
                .update();
        audit.record(
                AuditEntry.by(lead.person(), "CORESPONSE_DISPATCH_TOKEN_CREATED", "coresponse_dispatch_token", id));
        return token;
    }

    @Transactional
    public void revoke(Seat lead, UUID id) {
        requireLead(lead);
        int revoked = jdbc.sql("""
                        update coresponse_dispatch_token set revoked_at = ?
                        where id = ? and team_id = ? and revoked_at is null
                        """)
                .params(Timestamp.from(calendar.now()), id, lead.teamId())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("Dispatch token");
        }
        audit.record(
                AuditEntry.by(lead.person(), "CORESPONSE_DISPATCH_TOKEN_REVOKED", "coresponse_dispatch_token", id));
    }

    @Override
    @Transactional
    public Optional<Authentication> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = calendar.now();
        Optional<DispatchSystem> found = jdbc.sql("""
                        select id as token_id, team_id, community_id from coresponse_dispatch_token
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        """)
                .params(ApiTokenSecrets.digest(token), Timestamp.from(now))
                .query(DispatchSystem.class)
                .optional();
        found.ifPresent(system -> jdbc.sql("update coresponse_dispatch_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), system.tokenId())
                .update());
        return found.map(system -> UsernamePasswordAuthenticationToken.authenticated(
                system,
                null,
                List.of(
                        new SimpleGrantedAuthority(Authorities.SERVICE),
                        new SimpleGrantedAuthority(ApiScopes.TOKEN),
                        new SimpleGrantedAuthority("SCOPE_" + ApiScopes.CORESPONSE_WRITE))));
    }

    private static void requireLead(Seat seat) {
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead manages the team's dispatch tokens");
        }
    }
}
