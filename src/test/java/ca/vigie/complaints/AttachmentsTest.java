package ca.vigie.complaints;

import static ca.vigie.testing.TestDocuments.PNG;
import static ca.vigie.testing.TestDocuments.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.files.AttachmentType;
import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.Transition;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.retention.FileRetention;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents attached at intake, on the real database: checked by their content, held encrypted while
 * the form is incomplete, moved onto the file once it is filed, read only through the file's walls,
 * and destroyed with the file's content.
 */
@VigieTest
class AttachmentsTest {

    static final String CANARY = "Ysolde Canarimont";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    Attachments attachments;

    @Autowired
    FileRetention retention;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    VigiePrincipal lead;
    VigiePrincipal respondent;
    VigiePrincipal admin;
    VigiePrincipal employee;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        lead = communities.person(community, Role.OFFICE_INTAKE);
        respondent = communities.person(community, Role.OFFICE_INTAKE);
        employee = communities.person(community, Role.EMPLOYEE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, lead.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, respondent.userId(), StaffRole.INVESTIGATOR);
    }

    Intake intake(List<UUID> documents) {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT),
                ReporterMode.NAMED,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(5),
                null,
                "",
                "Des messages insistants après le quart.",
                List.of(new Intake.Party(respondent.userId(), "", Relation.SUPERVISOR)),
                "",
                "",
                documents);
    }

    @Test
    void documents_are_judged_by_their_content_not_their_name() {
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 512);
        exe[0x3c] = 0x40;
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Attachments.Staging staging = attachments.stage(
                community.community().id(),
                List.of(),
                List.of(
                        new Attachments.Offered("C:\\Users\\moi\\courriels.pdf", pdf("courriels")),
                        new Attachments.Offered("capture.pdf", PNG),
                        new Attachments.Offered("rapport.pdf", exe),
                        new Attachments.Offered("notes.txt", html),
                        new Attachments.Offered("vide.txt", new byte[0]),
                        new Attachments.Offered("énorme.pdf", Arrays.copyOf(pdf("x"), (int) Attachments.MAX_BYTES + 1)),
                        new Attachments.Offered(
                                "Notes de réunion.txt",
                                "Réunion du 3 : propos déplacés.".getBytes(StandardCharsets.UTF_8)),
                        new Attachments.Offered("photo.PNG", PNG)));

        assertThat(staging.held())
                .extracting(Attachments.Held::name, Attachments.Held::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("courriels.pdf", AttachmentType.PDF),
                        org.assertj.core.groups.Tuple.tuple("Notes de réunion.txt", AttachmentType.TEXT),
                        org.assertj.core.groups.Tuple.tuple("photo.PNG", AttachmentType.PNG));
        assertThat(attachments
                        .stage(
                                community.community().id(),
                                List.of(),
                                List.of(
                                        new Attachments.Offered("lettre du 12.03", pdf("lettre")),
                                        new Attachments.Offered(
                                                "courriel.txt",
                                                "From: chef@exemple.ca\nSubject: Encore\n\nTu restes ce soir."
                                                        .getBytes(StandardCharsets.UTF_8))))
                        .held())
                .as("a name ending in no kind of file claims nothing; an e-mail pasted as text is text")
                .extracting(Attachments.Held::type)
                .containsExactly(AttachmentType.PDF, AttachmentType.TEXT);
        assertThat(staging.refused())
                .extracting(Attachments.Refused::name, Attachments.Refused::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("capture.pdf", "complaints.attachment.disguised"),
                        org.assertj.core.groups.Tuple.tuple("rapport.pdf", "complaints.attachment.typeRefused"),
                        org.assertj.core.groups.Tuple.tuple("notes.txt", "complaints.attachment.typeRefused"),
                        org.assertj.core.groups.Tuple.tuple("vide.txt", "complaints.attachment.empty"),
                        org.assertj.core.groups.Tuple.tuple("énorme.pdf", "complaints.attachment.tooLarge"));

        Attachments.Staging more = attachments.stage(
                community.community().id(),
                staging.ids(),
                List.of(new Attachments.Offered("quatrième.pdf", pdf("quatre"))));
        assertThat(more.held()).hasSize(Attachments.MAX_FILES);
        assertThat(more.refused())
                .extracting(Attachments.Refused::messageKey)
                .containsExactly("complaints.attachment.tooMany");
    }

    @Test
    void a_held_document_goes_onto_the_file_once_and_only_its_staff_read_it() {
        List<UUID> held = attachments
                .stage(
                        community.community().id(),
                        List.of(),
                        List.of(new Attachments.Offered(CANARY + ".pdf", pdf(CANARY))))
                .ids();
        assertThat(attachments.held(community.community().id(), held))
                .extracting(Attachments.Held::name)
                .containsExactly(CANARY + ".pdf");
        assertThat(attachments.held(communities.community().community().id(), held))
                .as("held at a door of another community")
                .isEmpty();

        UUID token = UUID.randomUUID();
        UUID id = files.file(employee, intake(held), token);
        List<UUID> sentAgain = attachments
                .stage(
                        community.community().id(),
                        List.of(),
                        List.of(new Attachments.Offered(CANARY + ".pdf", pdf(CANARY))))
                .ids();
        assertThat(files.file(employee, intake(sentAgain), token))
                .as("a double submit")
                .isEqualTo(id);
        assertThat(attachments.held(community.community().id(), held))
                .as("filed")
                .isEmpty();
        assertThat(attachments.held(community.community().id(), sentAgain))
                .as("sent again with a filed form")
                .isEmpty();

        work.declare(lead, id, false);
        List<Attachments.Held> onFile = attachments.of(lead, id);
        assertThat(onFile).hasSize(1);
        Attachments.Download download =
                attachments.download(lead, id, onFile.get(0).id());
        assertThat(download.content()).isEqualTo(pdf(CANARY));
        assertThat(download.fileName()).isEqualTo(CANARY + ".pdf");
        assertThat(download.type()).isEqualTo(AttachmentType.PDF);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_type = 'complaint_attachment' and object_id = ?",
                        Integer.class,
                        onFile.get(0).id().toString()))
                .isEqualTo(1);

        for (VigiePrincipal outsider : List.of(respondent, admin, employee)) {
            assertThatThrownBy(() -> attachments.of(outsider, id))
                    .as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() ->
                            attachments.download(outsider, id, onFile.get(0).id()))
                    .as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> attachments.download(lead, id, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);

        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        for (String table : List.of("complaint_attachment", "complaint_upload", "audit_event")) {
            assertThat(jdbc.queryForObject(
                            "select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class))
                    .as(table)
                    .doesNotContain(CANARY)
                    .doesNotContainIgnoringCase(hex);
        }
    }

    @Test
    void a_document_no_longer_held_refuses_the_filing_and_nothing_is_saved() {
        List<UUID> held = attachments
                .stage(community.community().id(), List.of(), List.of(new Attachments.Offered("a.pdf", pdf("a"))))
                .ids();
        jdbc.update("update complaint_upload set staged_at = staged_at - interval '2 days' where id = ?", held.get(0));
        retention.nightly();
        assertThat(attachments.held(community.community().id(), held))
                .as("abandoned overnight")
                .isEmpty();
        assertThat(attachments
                        .stage(community.community().id(), held, List.of())
                        .refused())
                .as("the form is told, not left to file without it")
                .extracting(Attachments.Refused::messageKey)
                .containsExactly("complaints.attachment.expired");

        int before = jdbc.queryForObject(
                "select count(*) from complaint_file where community_id = ?",
                Integer.class,
                community.community().id());
        assertThatThrownBy(() -> files.file(employee, intake(held), UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.attachment.expired");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_file where community_id = ?",
                        Integer.class,
                        community.community().id()))
                .isEqualTo(before);
    }

    @Test
    void a_request_too_large_for_the_server_is_refused_with_a_page_that_says_so() throws Exception {
        UUID office = jdbc.queryForObject(
                "select office_id from complaint_office_staff where user_id = ? limit 1", UUID.class, lead.userId());
        String boundary = "vigie-boundary";
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"gros.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 16 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report/" + office))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Accept-Language", "en")
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Too large to receive").contains("nothing was saved");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_upload where size_bytes > ?", Integer.class, 4 * 1024 * 1024))
                .isZero();
    }

    @Test
    void documents_are_destroyed_with_the_files_content() {
        List<UUID> held = attachments
                .stage(
                        community.community().id(),
                        List.of(),
                        List.of(new Attachments.Offered("a.txt", "à détruire".getBytes(StandardCharsets.UTF_8))))
                .ids();
        UUID id = files.file(employee, intake(held), UUID.randomUUID());
        work.declare(lead, id, false);
        work.advance(lead, id, new Transition(Stage.CLOSED, null, ClosureReason.WITHDRAWN, null, false, ""), 0);
        jdbc.update(
                "update complaint_file_stage set entered_on = entered_on - interval '11 years' where file_id = ?", id);
        assertThat(retention.destroyDue(community.community().id(), communities.today()))
                .contains(id);
        assertThat(attachments.of(lead, id)).isEmpty();
    }
}
