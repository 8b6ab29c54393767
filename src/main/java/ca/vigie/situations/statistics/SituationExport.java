package ca.vigie.situations.statistics;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A table's situations as a de-identified CSV (organisations named in the reader's language), one row per situation from filter 2 on, for the
 * representatives seated there. No free text, no identifier, no full date: months, an age band,
 * codes. A situation the table did not retain has only what it keeps. Every export is audited.
 */
@Service
public class SituationExport {

    static final List<String> COLUMNS = List.of(
            "row",
            "tabled_month",
            "stage",
            "situation_type",
            "age_band",
            "gender",
            "originating_organization",
            "significant_interest",
            "probable_harm",
            "severe_harm",
            "multiple_agencies",
            "decided_month",
            "risk_factor_categories",
            "risk_factors",
            "protective_factors",
            "lead_organization",
            "assisting_organizations",
            "services",
            "conclusion_reason",
            "outcome",
            "concluded_month",
            "days_to_conclusion");

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final SituationReference reference;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    SituationExport(
            JdbcClient jdbc,
            SituationReference reference,
            OrganizationDirectory directory,
            AuditTrail audit,
            CommunityCalendar calendar,
            SituationAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.reference = reference;
        this.directory = directory;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Only the representatives seated at the table export its situations. */
    private boolean mayExport(VigiePrincipal who, UUID tableId) {
        return access.seats(who).stream().anyMatch(seat -> seat.table().id().equals(tableId));
    }

    @Transactional
    public String csv(VigiePrincipal who, UUID tableId, Locale locale) {
        if (!mayExport(who, tableId)) {
            throw new NotFoundException("Situation table");
        }
        Map<UUID, ReferenceValue> values = new HashMap<>();
        for (ReferenceList list : ReferenceList.values()) {
            reference.values(who.communityId(), list).forEach(value -> values.put(value.id(), value));
        }
        Map<UUID, String> organizations = directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, organization -> organization.name(locale)));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            List<List<String>> rows = jdbc.sql("""
                            select to_char(s.tabled_at at time zone :zone, 'YYYY-MM') as tabled_month, s.stage,
                                s.situation_type, s.age_band, s.gender, s.originating_organization_id,
                                s.significant_interest, s.probable_harm, s.severe_harm, s.multiple_agencies,
                                to_char(s.decided_at at time zone :zone, 'YYYY-MM') as decided_month,
                                array(select reference_id from situation_factor f where f.situation_id = s.id and f.kind = 'RISK') as risk,
                                array(select reference_id from situation_factor f where f.situation_id = s.id and f.kind = 'PROTECTIVE') as protective,
                                array(select organization_id from situation_team_member t where t.situation_id = s.id and t.team_role = 'LEAD') as lead,
                                array(select organization_id from situation_team_member t where t.situation_id = s.id and t.team_role = 'ASSISTING') as assisting,
                                array(select reference_id from situation_service v where v.situation_id = s.id) as services,
                                s.conclusion_reason_id, to_char(s.concluded_on, 'YYYY-MM') as concluded_month,
                                s.concluded_on - (s.tabled_at at time zone :zone)::date as days
                            from situation s
                            where s.community_id = :community and s.table_id = :table and s.stage <> 'ORIGINATING'
                            order by s.tabled_at, s.id
                            """)
                    .param("zone", calendar.zone(who.communityId()).getId())
                    .param("community", who.communityId())
                    .param("table", tableId)
                    .query((rs, row) -> row(rs, row + 1, values, organizations))
                    .list();
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        audit.record(AuditEntry.by(who, "SITUATIONS_EXPORTED", "situation_table", tableId));
        return out.toString();
    }

    private static List<String> row(
            ResultSet rs, int number, Map<UUID, ReferenceValue> values, Map<UUID, String> organizations)
            throws SQLException {
        List<UUID> risk = ids(rs.getArray("risk"));
        UUID reason = rs.getObject("conclusion_reason_id", UUID.class);
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(number));
        row.add(text(rs.getString("tabled_month")));
        row.add(rs.getString("stage"));
        row.add(rs.getString("situation_type"));
        row.add(text(rs.getString("age_band")));
        row.add(rs.getString("gender"));
        row.add(organizations.getOrDefault(rs.getObject("originating_organization_id", UUID.class), ""));
        for (String criterion : List.of("significant_interest", "probable_harm", "severe_harm", "multiple_agencies")) {
            row.add(rs.getObject(criterion) == null ? "" : Boolean.toString(rs.getBoolean(criterion)));
        }
        row.add(text(rs.getString("decided_month")));
        row.add(join(risk.stream()
                .map(values::get)
                .filter(Objects::nonNull)
                .map(ReferenceValue::parentId)
                .filter(Objects::nonNull)
                .distinct()
                .map(values::get)
                .filter(Objects::nonNull)
                .map(ReferenceValue::code)
                .toList()));
        row.add(codes(risk, values));
        row.add(codes(ids(rs.getArray("protective")), values));
        row.add(join(ids(rs.getArray("lead")).stream().map(organizations::get).toList()));
        row.add(join(
                ids(rs.getArray("assisting")).stream().map(organizations::get).toList()));
        row.add(codes(ids(rs.getArray("services")), values));
        row.add(
                reason == null || values.get(reason) == null
                        ? ""
                        : values.get(reason).code());
        row.add(
                reason == null || values.get(reason) == null
                        ? ""
                        : text(values.get(reason).grouping()));
        row.add(text(rs.getString("concluded_month")));
        row.add(rs.getObject("days") == null ? "" : Integer.toString(rs.getInt("days")));
        return row;
    }

    private static List<UUID> ids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }

    private static String codes(List<UUID> ids, Map<UUID, ReferenceValue> values) {
        return join(ids.stream()
                .map(values::get)
                .filter(Objects::nonNull)
                .map(ReferenceValue::code)
                .sorted()
                .toList());
    }

    private static String join(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).collect(Collectors.joining(";"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
