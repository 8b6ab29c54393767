package ca.vigie.testing;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.Plans;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/** Plans for tests: one from the shipped programme-in-pillars template, and items with only what a test needs. */
@TestComponent
public class TestPlans {

    private final PlanTemplates templates;
    private final Plans plans;

    TestPlans(PlanTemplates templates, Plans plans) {
        this.templates = templates;
        this.plans = plans;
    }

    /** A plan in pillars (pillar, then initiative) made by a coordinator, rolled up by its worst child. */
    public UUID pillars(VigiePrincipal coordinator, String titleFr, String titleEn) {
        UUID template = templates.available(coordinator.communityId()).stream()
                .filter(t -> t.code().equals("PILLARS"))
                .findFirst()
                .orElseThrow()
                .id();
        return plans.create(
                coordinator,
                template,
                new Plan.Settings(titleFr, titleEn, "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
    }

    /** An item with a French title, a person responsible or none, and a status or none; nothing else. */
    public static PlanItem.Details item(String title, @Nullable UUID responsible, @Nullable String status) {
        return new PlanItem.Details(
                title,
                "",
                "",
                "",
                null,
                responsible,
                List.of(),
                null,
                null,
                null,
                status,
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
