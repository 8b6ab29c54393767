package ca.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is append-only for the application and tamper-evident for anyone who goes around it.
 * Tampering needs a superuser that bypasses the trigger; the tamper tests do it in a transaction
 * they roll back, so the chain every test shares stays whole.
 */
@VigieTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSearch search;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    VigiePrincipal auditor;

    @BeforeEach
    void setUp() {
        auditor = communities.person(communities.community(), Role.AUDITOR);
    }

    @Test
    void each_entry_links_to_the_one_before_and_the_chain_verifies() {
        UUID object = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", object)
                    .withPurpose("check " + i));
        }

        AuditSearch.Verification verification = search.verify(null, null);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_application_cannot_update_delete_or_truncate_the_trail() {
        trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_event set purpose = 'changed'").update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void an_entry_joins_the_transaction_of_the_read_it_records() {
        UUID object = UUID.randomUUID();
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", object));
                throw new IllegalStateException("the read failed");
            });
        } catch (IllegalStateException expected) {
            // the read and its audit entry roll back together
        }

        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ?")
                        .param(object.toString())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void searching_by_person_object_and_action_finds_the_entry_in_the_community_only() {
        UUID object = UUID.randomUUID();
        trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", object)
                .withPurpose("case review"));
        VigiePrincipal elsewhere = communities.person(communities.community(), Role.AUDITOR);

        var mine = search.search(
                auditor.communityId(),
                new AuditSearch.Filter(
                        auditor.username(), "file", object.toString(), "PERSONAL_INFORMATION_READ", null, null, null),
                java.time.ZoneId.of("America/Toronto"));
        var theirs = search.search(
                elsewhere.communityId(),
                new AuditSearch.Filter(auditor.username(), null, null, null, null, null, null),
                java.time.ZoneId.of("America/Toronto"));

        assertThat(mine.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.purpose()).isEqualTo("case review"));
        assertThat(theirs.rows()).isEmpty();
    }

    @Test
    void altering_an_entry_behind_the_application_is_detected() {
        behindTheApplication(() -> {
            trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));
            long seq = lastSeq();
            jdbc.sql("update audit_event set actor_username = 'someone-else' where seq = " + seq)
                    .update();

            AuditSearch.Verification verification = search.verify(null, null);

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        });
    }

    @Test
    void removing_an_entry_behind_the_application_is_detected() {
        behindTheApplication(() -> {
            trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));
            trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));
            long removed = lastSeq() - 1;
            jdbc.sql("delete from audit_event where seq = " + removed).update();

            AuditSearch.Verification verification = search.verify(null, null);

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(removed);
        });
    }

    @Test
    void removing_the_newest_entries_is_detected_against_a_noted_checkpoint() {
        behindTheApplication(() -> {
            trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));
            AuditSearch.Verification noted = search.verify(null, null);
            jdbc.sql("delete from audit_event where seq = " + noted.headSeq()).update();

            AuditSearch.Verification withoutCheckpoint = search.verify(null, null);
            AuditSearch.Verification againstCheckpoint = search.verify(noted.headSeq(), noted.headHash());

            assertThat(withoutCheckpoint.intact()).isTrue();
            assertThat(againstCheckpoint.intact()).isFalse();
            assertThat(againstCheckpoint.checkpointMatched()).isFalse();
        });
        assertThat(search.verify(null, null).intact())
                .as("the shared trail is whole again once the tampering is rolled back")
                .isTrue();
    }

    @Test
    void a_checkpoint_that_is_still_there_matches() {
        trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));
        AuditSearch.Verification noted = search.verify(null, null);
        trail.record(AuditEntry.by(auditor, "PERSONAL_INFORMATION_READ", "file", UUID.randomUUID()));

        AuditSearch.Verification later =
                search.verify(noted.headSeq(), noted.headHash().toUpperCase());

        assertThat(later.intact()).isTrue();
        assertThat(later.checkpointMatched()).isTrue();
        assertThat(later.headSeq()).isGreaterThan(noted.headSeq());
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
    }

    /**
     * What a database superuser could do: switch triggers off and edit rows. It happens in a
     * transaction that is rolled back, holding the chain's lock so that nobody appends meanwhile,
     * so the trail the other tests share stays whole.
     */
    private void behindTheApplication(Runnable tamperAndCheck) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .param(AuditTrail.CHAIN_LOCK)
                    .query(Object.class)
                    .single();
            jdbc.sql("set local session_replication_role = replica").update();
            try {
                tamperAndCheck.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
