package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.complaints.files.AnonymousReports;
import ca.vigie.complaints.files.AnonymousReports.Attempt;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLeads;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The anonymous door: a receipt code kept only as a slow hash, a follow-up that says nothing about
 * whether a file exists, throttled, and no trace of who sent the report — no address and no browser,
 * in the database or in the logs.
 */
@VigieTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousReportsTest {

    static final String ADDRESS_CANARY = "198.51.100.173";
    static final String FORWARDED_CANARY = "203.0.113.219";
    static final String AGENT_CANARY = "Zorblax-Navigator/7.3";

    @Autowired
    AnonymousReports reports;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    FileLeads leads;

    @Autowired
    FileMessages messages;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    TestCommunity community;
    VigiePrincipal intake;
    UUID office;

    @BeforeEach
    void setUp() {
        community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.QUEBEC);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
    }

    Intake report() {
        return new Intake(
                Set.of(ComplaintType.SEXUAL_VIOLENCE),
                ReporterMode.ANONYMOUS,
                ReporterRole.WITNESS,
                communities.today().minusDays(4),
                null,
                "",
                "Des gestes déplacés envers une collègue au vestiaire.",
                List.of(new Intake.Party(null, "Chef d’équipe du vestiaire", Relation.SUPERVISOR)),
                "",
                "");
    }

    @Test
    void the_code_opens_the_file_and_is_kept_only_as_a_slow_hash() {
        AnonymousReports.Receipt receipt =
                reports.submit(office, community.organization().id(), report(), UUID.randomUUID());
        String code = receipt.code().shown();
        assertThat(code.replace(" ", "")).hasSize(24).containsOnlyDigits();

        assertThat(reports.follow(code)).isEqualTo(new Attempt.Opened(receipt.fileId()));
        assertThat(reports.follow(code.replace(" ", "-"))).isEqualTo(new Attempt.Opened(receipt.fileId()));
        assertThat(jdbc.queryForObject(
                        "select secret_hash from complaint_receipt where file_id = ?", String.class, receipt.fileId()))
                .startsWith("$argon2id$");
        String secret = receipt.code().secret();
        for (String table : tables()) {
            assertThat(dump(table)).as(table).doesNotContain(secret).doesNotContain(code.replace(" ", ""));
        }
        assertThat(reports.followed(receipt.fileId()).stage()).isEqualTo(ca.vigie.complaints.process.Stage.RECEIVED);
    }

    @Test
    void a_wrong_or_unknown_code_says_nothing_and_five_failures_lock_the_file_a_while() {
        AnonymousReports.Receipt receipt =
                reports.submit(office, community.organization().id(), report(), UUID.randomUUID());
        String code = receipt.code().locator() + receipt.code().secret();
        String wrong = receipt.code().locator()
                + (receipt.code().secret().charAt(0) == '1' ? "2" : "1")
                + receipt.code().secret().substring(1);

        assertThat(reports.follow("not a code")).isEqualTo(new Attempt.Refused());
        assertThat(reports.follow("99999999" + receipt.code().secret())).isEqualTo(new Attempt.Refused());
        for (int i = 0; i < 5; i++) {
            assertThat(reports.follow(wrong)).isEqualTo(new Attempt.Refused());
        }
        assertThat(reports.follow(code)).as("locked after five failures").isEqualTo(new Attempt.Refused());
        jdbc.update(
                "update complaint_receipt set locked_until = now() - interval '1 second' where file_id = ?",
                receipt.fileId());
        assertThat(reports.follow(code)).isEqualTo(new Attempt.Opened(receipt.fileId()));
    }

    @Test
    void attempts_beyond_the_limit_for_everyone_are_throttled() {
        jdbc.update("insert into complaint_receipt_attempt (attempted_at) select now() from generate_series(1, 120)");
        try {
            assertThat(reports.follow("1234")).isEqualTo(new Attempt.Throttled());
        } finally {
            jdbc.update("delete from complaint_receipt_attempt");
        }
    }

    @Test
    void the_office_and_the_anonymous_reporter_exchange_messages() {
        AnonymousReports.Receipt receipt =
                reports.submit(office, community.organization().id(), report(), UUID.randomUUID());
        work.declare(intake, receipt.fileId(), false);
        assertThat(files.open(intake, receipt.fileId(), OpeningPurpose.TRIAGE).narrative())
                .contains("vestiaire");
        assertThat(files.reporterForStaff(intake, files.open(intake, receipt.fileId(), OpeningPurpose.TRIAGE)))
                .isEmpty();
        assertThatThrownBy(() -> leads.readReporter(intake, receipt.fileId(), null))
                .isInstanceOf(RuntimeException.class);

        messages.sendFromOffice(intake, receipt.fileId(), "Pouvez-vous préciser la date?", UUID.randomUUID());
        messages.sendFromAnonymous(reports.followed(receipt.fileId()), "Le 3, vers 7 h.", UUID.randomUUID());
        assertThat(messages.forAnonymous(reports.followed(receipt.fileId())))
                .extracting(FileMessages.Message::body)
                .containsExactly("Pouvez-vous préciser la date?", "Le 3, vers 7 h.");
        assertThat(messages.forStaff(intake, receipt.fileId())).hasSize(2);
        assertThatThrownBy(() -> messages.sendFromAnonymous(reports.followed(receipt.fileId()), " ", UUID.randomUUID()))
                .isInstanceOf(FileRejection.class);
    }

    @Test
    void a_public_report_leaves_no_address_and_no_browser_anywhere(CapturedOutput output) throws Exception {
        String form = mvc.perform(get("/report/" + office))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).doesNotContain("people[0].userId").doesNotContain("name=\"mode\"");

        String receipt = mvc.perform(post("/report/" + office)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(ADDRESS_CANARY);
                            return request;
                        })
                        .header("X-Forwarded-For", FORWARDED_CANARY)
                        .header("User-Agent", AGENT_CANARY)
                        .param("organizationId", community.organization().id().toString())
                        .param("types", "VIOLENCE")
                        .param("reporterRole", "PRINCIPAL_PARTY")
                        .param("occurredFrom", communities.today().minusDays(2).toString())
                        .param("narrative", "Bousculade au quai de chargement.")
                        .param("people[0].name", "Un contremaître")
                        .param("people[0].relation", "SUPERVISOR")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(receipt).contains("id=\"receipt-code\"");

        for (String table : tables()) {
            String dump = dump(table);
            for (String canary : List.of(ADDRESS_CANARY, FORWARDED_CANARY, AGENT_CANARY)) {
                assertThat(dump).as(table).doesNotContain(canary).doesNotContainIgnoringCase(hex(canary));
            }
        }
        assertThat(output.getAll())
                .doesNotContain(ADDRESS_CANARY)
                .doesNotContain(FORWARDED_CANARY)
                .doesNotContain(AGENT_CANARY);
    }

    private List<String> tables() {
        return jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
    }

    private String dump(String table) {
        return jdbc.queryForObject(
                "select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
