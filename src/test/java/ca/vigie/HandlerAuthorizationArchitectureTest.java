package ca.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import ca.vigie.system.PublicEndpoint;
import ca.vigie.testing.MainClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Deny by default: every request handler says who may call it, either with an authorization rule
 * on the method or its class, or with an explicit public marker and the reason for it.
 */
class HandlerAuthorizationArchitectureTest {

    @Test
    void every_handler_carries_an_authorization_rule_or_a_public_marker() {
        methods()
                .that(areRequestHandlers())
                .should(declareWhoMayCallThem())
                .allowEmptyShould(false)
                .check(MainClasses.all());
    }

    private static DescribedPredicate<JavaMethod> areRequestHandlers() {
        return DescribedPredicate.describe(
                "are request handlers",
                method -> method.getAnnotations().stream()
                        .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(RequestMapping.class)
                                || annotation.getRawType().isEquivalentTo(RequestMapping.class)));
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("carry @PreAuthorize or @PublicEndpoint, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ruled = method.isAnnotatedWith(PreAuthorize.class)
                        || method.isAnnotatedWith(PublicEndpoint.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PublicEndpoint.class);
                if (!ruled) {
                    events.add(
                            SimpleConditionEvent.violated(method, method.getFullName() + " has no authorization rule"));
                }
            }
        };
    }
}
