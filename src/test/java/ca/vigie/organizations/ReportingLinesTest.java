package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.ReportingLines;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who reports to whom: set by hand or imported, never in a circle, read up the chain. */
@VigieTest
class ReportingLinesTest {

    @Autowired
    ReportingLines lines;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal admin;
    VigiePrincipal constable;
    VigiePrincipal sergeant;
    VigiePrincipal inspector;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        constable = communities.person(community, Role.EMPLOYEE);
        sergeant = communities.person(community, Role.EMPLOYEE);
        inspector = communities.person(community, Role.EMPLOYEE);
    }

    @Test
    void the_chain_above_a_person_is_read_nearest_first_and_circles_are_refused() {
        lines.setManager(admin, constable.userId(), sergeant.userId());
        lines.setManager(admin, sergeant.userId(), inspector.userId());

        assertThat(directory.managersAbove(community.community().id(), constable.userId()))
                .containsExactly(sergeant.userId(), inspector.userId());
        assertThatThrownBy(() -> lines.setManager(admin, inspector.userId(), constable.userId()))
                .extracting(e -> ((RejectedValueException) e).messageKey())
                .isEqualTo("reporting.circular");
        VigiePrincipal stranger = communities.person(communities.community(), Role.EMPLOYEE);
        assertThatThrownBy(() -> lines.setManager(admin, constable.userId(), stranger.userId()))
                .isInstanceOf(RejectedValueException.class);
        assertThatThrownBy(() -> lines.setManager(admin, stranger.userId(), constable.userId()))
                .isInstanceOf(NotFoundException.class);

        lines.setManager(admin, sergeant.userId(), null);
        assertThat(directory.managersAbove(community.community().id(), constable.userId()))
                .containsExactly(sergeant.userId());
    }

    @Test
    void an_import_reports_every_bad_row_and_saves_nothing_until_all_are_right() {
        String bad = "nom_utilisateur,relève_de\n"
                + constable.username() + "," + sergeant.username() + "\n"
                + "personne-inconnue," + sergeant.username() + "\n"
                + constable.username() + "," + inspector.username() + "\n"
                + sergeant.username() + "," + constable.username() + "\n";

        ReportingLines.Imported refused = lines.importCsv(admin, bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.saved()).isZero();
        assertThat(refused.problems())
                .extracting(ReportingLines.RowProblem::line, ReportingLines.RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "reporting.circular"),
                        org.assertj.core.groups.Tuple.tuple(3L, "reporting.import.unknownPerson"),
                        org.assertj.core.groups.Tuple.tuple(4L, "reporting.import.twice"),
                        org.assertj.core.groups.Tuple.tuple(5L, "reporting.circular"));
        assertThat(lines.managerOf(community.community().id(), constable.userId()))
                .isEmpty();

        String good = "username,reports_to\n"
                + constable.username() + "," + sergeant.username() + "\n"
                + sergeant.username() + "," + inspector.username() + "\n";
        ReportingLines.Imported saved = lines.importCsv(admin, good.getBytes(StandardCharsets.UTF_8));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.saved()).isEqualTo(2);
        assertThat(directory.managersAbove(community.community().id(), constable.userId()))
                .containsExactly(sergeant.userId(), inspector.userId());

        assertThat(lines.importCsv(admin, "who,boss\na,b\n".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(ReportingLines.RowProblem::messageKey)
                .containsExactly("reporting.import.header");
    }
}
