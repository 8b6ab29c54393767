package ca.vigie.organizations.admin;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whom a person reports to, as chosen; none clears it. */
record ManagerForm(@Nullable UUID managerId) {}
