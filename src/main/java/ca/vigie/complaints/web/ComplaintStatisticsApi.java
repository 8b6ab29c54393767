package ca.vigie.complaints.web;

import ca.vigie.complaints.statistics.ComplaintStatistics;
import ca.vigie.complaints.statistics.OfficeStatistics;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.CommunityCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's aggregates for integrations, for the same readers as the page (its analysts and lead).
 * No endpoint serves a complaint file: a file never leaves the office.
 */
@RestController
@RequestMapping("/api/v1/complaint-offices")
@PreAuthorize(ApiScopes.MAY_READ_COMPLAINT_STATISTICS)
@Tag(name = "Workplace-safety offices")
class ComplaintStatisticsApi {

    private final ComplaintStatistics statistics;
    private final CommunityCalendar calendar;

    ComplaintStatisticsApi(ComplaintStatistics statistics, CommunityCalendar calendar) {
        this.statistics = statistics;
        this.calendar = calendar;
    }

    @GetMapping(path = "/{id}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complaints received in a calendar year, in aggregates with small counts hidden (null)")
    OfficeStatistics statistics(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year) {
        int now = calendar.today(who.communityId()).getYear();
        int shown = year == null || year > now || year < now - 50 ? now : year;
        return statistics.forReader(who, id, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31));
    }
}
