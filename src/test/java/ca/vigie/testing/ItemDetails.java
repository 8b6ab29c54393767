package ca.vigie.testing;

import ca.vigie.plans.tree.PlanItem;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Plan item details for tests that need an item, not particular fields: a title, not started. */
public final class ItemDetails {

    private ItemDetails() {}

    public static PlanItem.Details titled(String fr, String en) {
        return titled(fr, en, null);
    }

    public static PlanItem.Details titled(String fr, String en, @Nullable UUID responsible) {
        return new PlanItem.Details(
                fr,
                en,
                "",
                "",
                null,
                responsible,
                List.of(),
                null,
                null,
                null,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
