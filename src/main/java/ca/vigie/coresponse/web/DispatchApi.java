package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.CallRejection;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.Dispatched;
import ca.vigie.coresponse.calls.DispatchedCalls;
import ca.vigie.coresponse.calls.Origin;
import ca.vigie.coresponse.dispatch.DispatchSystem;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.system.ApiProblems;
import ca.vigie.system.ApiScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a team's dispatch system sends the calls it routes to the team, so that no one types them twice.
 * The call waits in the team's list for the dyad to complete; an incident the team already holds is
 * answered as already there and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/coresponse/calls", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Co-response")
class DispatchApi {

    private final Teams teams;
    private final DispatchedCalls dispatched;

    DispatchApi(Teams teams, DispatchedCalls dispatched) {
        this.teams = teams;
        this.dispatched = dispatched;
    }

    /** A call as dispatch sends it. */
    record DispatchCall(
            @Schema(description = "Dispatch's incident number, unique for the team.", maxLength = 40) @Nullable
            String incidentNumber,

            @Schema(
                    description = "How the call came in.",
                    allowableValues = {"DISPATCH_911", "PATROL_REQUEST"})
            @Nullable
            String source,

            @Schema(description = "When dispatch received the call, with its offset.") @Nullable
            OffsetDateTime receivedAt,

            @Schema(description = "When the unit was sent, with its offset.", nullable = true) @Nullable
            OffsetDateTime dispatchedAt,

            @Schema(
                    description = "The unit sent: the label of one of the team's dyads, to place the call with it.",
                    nullable = true)
            @Nullable
            String unit) {}

    /** The team's call for the incident, and whether this request created it. */
    record Received(UUID id, boolean created) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "201",
            description = "Created: the call waits for the dyad to complete it.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Received.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Already there: the team holds this incident; nothing changed.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Received.class)))
    @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON, or a value is not of its type.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(
            responseCode = "422",
            description = "A value is refused: field says which, code the message key of why.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @PreAuthorize(ApiScopes.MAY_SEND_CORESPONSE_CALLS)
    @Operation(summary = "Send a call routed to the team, with a team's dispatch token")
    ResponseEntity<?> send(
            @AuthenticationPrincipal DispatchSystem system,
            @RequestBody DispatchCall call,
            HttpServletRequest request) {
        Team team = teams.get(system.communityId(), system.teamId());
        CallSource source = Arrays.stream(CallSource.values())
                .filter(value -> value.name().equals(call.source()))
                .findFirst()
                .orElse(null);
        try {
            DispatchedCalls.Received received = dispatched.receive(
                    team,
                    Origin.API,
                    new Dispatched(
                            call.incidentNumber(),
                            source,
                            call.receivedAt() == null ? null : call.receivedAt().toInstant(),
                            call.dispatchedAt() == null
                                    ? null
                                    : call.dispatchedAt().toInstant(),
                            call.unit()),
                    "dispatch token " + system.tokenId());
            return received.created()
                    ? ResponseEntity.status(HttpStatus.CREATED).body(new Received(received.callId(), true))
                    : ResponseEntity.ok(new Received(received.callId(), false));
        } catch (CallRejection refused) {
            return ResponseEntity.unprocessableContent()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiProblems.refused(refused.field(), refused.messageKey(), request));
        }
    }
}
