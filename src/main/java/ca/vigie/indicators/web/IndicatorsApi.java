package ca.vigie.indicators.web;

import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorRejection;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.ApiProblems;
import ca.vigie.system.ApiScopes;
import ca.vigie.system.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Indicator values for integrations: read the current series, and enter or correct a value. */
@RestController
@RequestMapping(path = "/api/v1/indicators/{id}/values", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Indicators")
class IndicatorsApi {

    private final IndicatorRegistry registry;
    private final IndicatorValues values;

    IndicatorsApi(IndicatorRegistry registry, IndicatorValues values) {
        this.registry = registry;
        this.values = values;
    }

    record Value(UUID id, LocalDate periodStart, String breakdown, BigDecimal value, Instant enteredAt, String note) {}

    record NewValue(
            @Nullable LocalDate periodStart,
            @Nullable String breakdown,
            @Nullable BigDecimal value,
            @Nullable String note,
            @Nullable String correctionReason,
            @Nullable UUID replacing) {}

    @GetMapping
    @PreAuthorize(ApiScopes.MAY_READ_INDICATORS)
    @Operation(summary = "Current values of every period and breakdown, oldest first")
    List<Value> list(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id) {
        Indicator indicator = registry.get(who, id);
        return values.history(indicator.id()).stream()
                .filter(recorded -> recorded.replacedAt() == null)
                .sorted(java.util.Comparator.comparing(IndicatorValues.Recorded::periodStart))
                .map(r -> new Value(r.id(), r.periodStart(), r.breakdown(), r.value(), r.enteredAt(), r.note()))
                .toList();
    }

    /** The id of a value just entered; its address is in the Location header. */
    record Created(UUID id) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "201",
            description = "Entered; the Location header holds its address.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Created.class)))
    @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON, or a value is not of its type.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(
            responseCode = "409",
            description = "The period already has a value (give its id in replacing, with a correctionReason), or"
                    + " the value named in replacing was replaced meanwhile.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(
            responseCode = "422",
            description = "A value is refused: field says which, code the message key of why.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @PreAuthorize(ApiScopes.MAY_WRITE_INDICATORS)
    @Operation(summary = "Enter a value; a period that has one needs the value replaced and a correction reason")
    ResponseEntity<?> enter(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestBody NewValue value,
            HttpServletRequest request) {
        if (value.periodStart() == null || value.value() == null) {
            return unprocessable(value.periodStart() == null ? "periodStart" : "value", "validation.required", request);
        }
        int year = value.periodStart().getYear();
        if (year < 1900 || year > 2199) {
            return unprocessable("periodStart", "typeMismatch.java.time.LocalDate", request);
        }
        for (Map.Entry<String, @Nullable String> text : Map.of(
                        "breakdown", Objects.toString(value.breakdown(), ""),
                        "note", Objects.toString(value.note(), ""),
                        "correctionReason", Objects.toString(value.correctionReason(), ""))
                .entrySet()) {
            // JSON can carry what no stored text may hold: a NUL, half of a surrogate pair.
            if (text.getValue() != null && Text.hasUnreadable(text.getValue())) {
                return unprocessable(text.getKey(), "text.unreadable", request);
            }
        }
        try {
            UUID created = values.enter(
                    who,
                    id,
                    new IndicatorValues.Entry(
                            value.periodStart(),
                            value.breakdown() == null ? "" : value.breakdown(),
                            value.value(),
                            value.note() == null ? "" : value.note(),
                            value.correctionReason(),
                            value.replacing()));
            return ResponseEntity.created(URI.create("/api/v1/indicators/" + id + "/values/" + created))
                    .body(new Created(created));
        } catch (IndicatorRejection rejected) {
            return unprocessable(rejected.field(), rejected.messageKey(), request);
        }
    }

    private static ResponseEntity<ProblemDetail> unprocessable(String field, String code, HttpServletRequest request) {
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.refused(field, code, request));
    }
}
