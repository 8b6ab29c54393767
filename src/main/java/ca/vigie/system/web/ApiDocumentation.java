package ca.vigie.system.web;

import ca.vigie.system.Authorities;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * What the published API document says besides what each handler declares: how to authenticate (a
 * bearer token with scopes, or a signed-in session), the scope each operation needs, and the problem
 * document every refusal comes as, for every status an operation can answer.
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "application/problem+json";
    private static final Pattern SCOPE = Pattern.compile("SCOPE_([a-z:-]+)");

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                // Relative: the document describes whichever Vigie serves it.
                .servers(List.of(new Server().url("/").description("This Vigie")))
                .info(new Info()
                        .title("Vigie API")
                        .version("v1")
                        .description("JSON API of Vigie. Every refusal is an RFC 9457 problem document with a"
                                + " correlationId to quote to the support team; no response carries a person's"
                                + " identifying details unless the operation says so."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("vgt_…")
                                        .description("A personal access token created under Account › API tokens."
                                                + " A token carries scopes (plans:read, indicators:read,"
                                                + " indicators:write, directory:read, situations:read,"
                                                + " complaint-statistics:read, coresponse:read); each operation names the one it"
                                                + " needs in x-required-scope, and the token's owner must also"
                                                + " hold a role that may do it."))
                        .addSecuritySchemes(
                                "dispatch",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("vgd_…")
                                        .description("A co-response team's dispatch token, created by the team's"
                                                + " lead under Co-response › Dispatch. It belongs to the team, not"
                                                + " to a person, carries the scope coresponse:write for that team"
                                                + " alone, and reads nothing."))
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("VIGIE_SESSION")
                                        .description("The session of a person signed in to Vigie in a browser."))
                        .addSchemas("Problem", problem()));
    }

    /** Each operation's security, its required scope, and the refusals it can answer. */
    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            Optional<String> scope = scope(handler);
            if (bySystemsAlone(handler)) {
                operation.addSecurityItem(new SecurityRequirement().addList("dispatch"));
            } else {
                operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
                operation.addSecurityItem(new SecurityRequirement().addList("session"));
            }
            scope.ifPresent(needed -> operation.addExtension("x-required-scope", needed));
            ApiResponses responses = operation.getResponses();
            refusal(responses, "401", "Not signed in, or the token is unknown, expired or revoked.");
            if (scope.isPresent()) {
                refusal(responses, "403", "The token lacks the scope, or its owner's roles do not allow this.");
            }
            if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                refusal(responses, "404", "Nothing with this id that this person may see.");
            }
            refusal(responses, "500", "An unexpected failure; the correlationId finds it in the logs.");
            return operation;
        };
    }

    /** Whether only a system's token may call the operation, never a person's token or session. */
    private static boolean bySystemsAlone(HandlerMethod handler) {
        PreAuthorize rule = rule(handler);
        return rule != null && rule.value().contains("'" + Authorities.SERVICE + "'");
    }

    private static @Nullable PreAuthorize rule(HandlerMethod handler) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class))
                .orElse(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
    }

    private static Optional<String> scope(HandlerMethod handler) {
        PreAuthorize rule = rule(handler);
        if (rule == null) {
            return Optional.empty();
        }
        Matcher matcher = SCOPE.matcher(rule.value());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A refusal as an RFC 9457 problem document, unless the handler already describes it. */
    static void refusal(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, problemResponse(description));
        }
    }

    static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document.")
                .addProperty(
                        "type",
                        new StringSchema().description("A URI for the kind of problem; absent for about:blank."))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema().nullable(true))
                .addProperty("instance", new StringSchema().nullable(true))
                .addProperty("correlationId", new StringSchema().description("Quote it to the support team."))
                .addProperty(
                        "field",
                        new StringSchema()
                                .nullable(true)
                                .description("For a refused value: the field it was given in."))
                .addProperty(
                        "code",
                        new StringSchema().nullable(true).description("For a refused value: the message key of why."))
                .required(List.of("title", "status", "correlationId"));
    }
}
