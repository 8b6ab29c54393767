package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The public page's side of an office: anyone files a complaint or a witness's notice without an
 * account, gets a receipt code, and later follows the file with it. Nothing about the person is
 * kept: no account, no address, no browser. A code that does not open a file says nothing about
 * whether one exists, and the codes cannot be tried at speed.
 */
@Service
public class AnonymousReports {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Enough for every honest reporter of a community, few enough that guessing costs the server little. */
    static final int ATTEMPTS_PER_MINUTE = 120;

    private final JdbcClient jdbc;
    private final FileStore store;
    private final ComplaintFiles files;
    private final ComplaintOffices offices;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /**
     * A code whose locator matches nothing is still checked against a hash, so that the answer
     * takes as long whether a file exists or not. Made on first use: hashing on purpose slowly has
     * no place in start-up.
     */
    private final SingletonSupplier<String> decoyHash =
            SingletonSupplier.of(() -> argon2.encode(ReceiptCode.generate().secret()));

    AnonymousReports(
            JdbcClient jdbc,
            FileStore store,
            ComplaintFiles files,
            ComplaintOffices offices,
            OrganizationDirectory directory,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.files = files;
        this.offices = offices;
        this.directory = directory;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** The office behind a public page, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ComplaintOffice> office(UUID officeId) {
        return offices.find(officeId).filter(o -> !o.served().isEmpty());
    }

    /** What the person gets back: the code to save, or nothing new when the form was sent twice. */
    public record Receipt(UUID fileId, @Nullable ReceiptCode code) {}

    /**
     * Checks a report as typed, without filing it, so that a form already sent back for another
     * problem shows this one too; returns the office it goes to.
     */
    @Transactional(readOnly = true)
    public ComplaintOffice check(UUID officeId, @Nullable UUID organizationId, Intake intake) {
        ComplaintOffice office = office(officeId).orElseThrow(ComplaintFiles::notFound);
        if (organizationId == null || office.serving(organizationId).isEmpty()) {
            throw new FileRejection("organizationId", "validation.required");
        }
        if (intake.people().stream().anyMatch(p -> p.userId() != null)) {
            throw new FileRejection("people[0].name", "validation.invalidChoice");
        }
        IntakeCheck.check(intake, office.communityId(), directory, calendar.today(office.communityId()));
        return office;
    }

    @Transactional
    public Receipt submit(UUID officeId, @Nullable UUID organizationId, Intake intake, UUID formToken) {
        ComplaintOffice office = check(officeId, organizationId, intake);
        ReceiptCode[] issued = new ReceiptCode[1];
        UUID id = submissions.once(formToken, () -> {
            Intake anonymous = new Intake(
                    intake.types(),
                    ReporterMode.ANONYMOUS,
                    intake.reporterRole(),
                    intake.occurredFrom(),
                    intake.occurredTo(),
                    intake.location(),
                    intake.narrative(),
                    intake.people(),
                    intake.witnesses(),
                    intake.hopedOutcome(),
                    intake.attachments());
            Instant now = calendar.now();
            UUID file = store.insert(
                    new FileStore.NewFile(
                            office.communityId(),
                            office.id(),
                            organizationId,
                            office.serving(organizationId).orElseThrow().jurisdiction(),
                            Channel.ANONYMOUS_PORTAL,
                            calendar.today(office.communityId()),
                            null),
                    anonymous,
                    new Intake.Reporter(null, "", ""),
                    now);
            issued[0] = issue(file, now);
            files.assignIntake(office, file);
            audit.record(AuditEntry.bySystem(office.communityId(), "COMPLAINT_RECEIVED", "complaint_file", file));
            return file;
        });
        store.discardHeld(intake.attachments());
        return new Receipt(id, issued[0]);
    }

    /** The outcome of a code typed to follow a file. */
    public sealed interface Attempt {
        record Opened(UUID fileId) implements Attempt {}

        record Refused() implements Attempt {}

        record Throttled() implements Attempt {}
    }

    /**
     * Checks a typed code. Every attempt counts towards a limit for everyone together; a locator
     * that failed too often is locked for a while, and answers as a wrong code would.
     */
    @Transactional
    public Attempt follow(String typed) {
        Instant now = calendar.now();
        jdbc.sql("delete from complaint_receipt_attempt where attempted_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofMinutes(1))))
                .update();
        int recent = jdbc.sql("select count(*) from complaint_receipt_attempt")
                .query(Integer.class)
                .single();
        if (recent >= ATTEMPTS_PER_MINUTE) {
            return new Attempt.Throttled();
        }
        jdbc.sql("insert into complaint_receipt_attempt (attempted_at) values (?)")
                .param(Timestamp.from(now))
                .update();
        Optional<ReceiptCode> code = ReceiptCode.parse(typed);
        if (code.isEmpty()) {
            argon2.matches("0", decoyHash.obtain());
            return new Attempt.Refused();
        }
        record Stored(
                UUID fileId,
                String hash,
                int failures,
                @Nullable Timestamp lockedUntil) {}
        Optional<Stored> stored = jdbc.sql("""
                        select file_id, secret_hash, failures, locked_until from complaint_receipt
                        where locator = ? for update
                        """)
                .param(code.get().locator())
                .query((rs, row) -> new Stored(
                        rs.getObject("file_id", UUID.class),
                        rs.getString("secret_hash"),
                        rs.getInt("failures"),
                        rs.getTimestamp("locked_until")))
                .optional();
        boolean matches =
                argon2.matches(code.get().secret(), stored.map(Stored::hash).orElseGet(decoyHash::obtain));
        if (stored.isEmpty()) {
            return new Attempt.Refused();
        }
        Stored receipt = stored.get();
        boolean locked = receipt.lockedUntil() != null
                && receipt.lockedUntil().toInstant().isAfter(now);
        if (matches && !locked) {
            jdbc.sql("update complaint_receipt set failures = 0, locked_until = null where file_id = ?")
                    .param(receipt.fileId())
                    .update();
            return new Attempt.Opened(receipt.fileId());
        }
        int failures = receipt.failures() + 1;
        jdbc.sql("update complaint_receipt set failures = ?, locked_until = ? where file_id = ?")
                .params(
                        failures >= MAX_FAILURES ? 0 : failures,
                        failures >= MAX_FAILURES ? Timestamp.from(now.plus(LOCK)) : receipt.lockedUntil(),
                        receipt.fileId())
                .update();
        return new Attempt.Refused();
    }

    /** The file an anonymous reporter follows: where it stands, never who handles it. */
    @Transactional(readOnly = true)
    public FileHeader followed(UUID fileId) {
        return jdbc.sql("select community_id from complaint_file where id = ? and channel = 'ANONYMOUS_PORTAL'")
                .param(fileId)
                .query(UUID.class)
                .optional()
                .flatMap(community -> store.header(community, fileId))
                .orElseThrow(ComplaintFiles::notFound);
    }

    private ReceiptCode issue(UUID fileId, Instant now) {
        for (int tries = 0; ; tries++) {
            ReceiptCode code = ReceiptCode.generate();
            int added = jdbc.sql("""
                            insert into complaint_receipt (file_id, community_id, locator, secret_hash, created_at)
                            values (?, (select community_id from complaint_file where id = ?), ?, ?, ?)
                            on conflict (locator) do nothing
                            """)
                    .params(fileId, fileId, code.locator(), argon2.encode(code.secret()), Timestamp.from(now))
                    .update();
            if (added == 1) {
                return code;
            }
            if (tries > 10) {
                throw new IllegalStateException("No free receipt locator");
            }
        }
    }
}
