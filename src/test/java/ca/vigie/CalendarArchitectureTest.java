package ca.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.testing.MainClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One way to ask what time it is: a business date is the community's, so only the calendar in
 * {@code system} reads a clock. Anywhere else, {@code LocalDate.now(...)} would answer the server's or
 * UTC's day, which is tomorrow in Toronto every evening after seven.
 */
class CalendarArchitectureTest {

    private static final ArchRule NO_CLOCK = noClasses()
            .that()
            .resideOutsideOfPackage("ca.vigie.system..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class);

    private static final ArchRule NO_NOW = noClasses()
            .that()
            .resideOutsideOfPackage("ca.vigie.system..")
            .should()
            .callMethodWhere(asksJavaTimeForNow());

    @Test
    void only_the_system_module_reads_a_clock() {
        NO_CLOCK.check(MainClasses.all());
    }

    @Test
    void only_the_system_module_asks_java_time_for_now() {
        NO_NOW.check(MainClasses.all());
    }

    @Test
    void the_rules_catch_a_class_that_reads_the_date_by_itself() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheServersDate.class);
        assertThatThrownBy(() -> NO_NOW.check(offender)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> NO_CLOCK.check(offender)).isInstanceOf(AssertionError.class);
    }

    /** What the rules forbid, outside {@code system}. */
    static final class ReadsTheServersDate {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }

    private static DescribedPredicate<JavaCall<?>> asksJavaTimeForNow() {
        return DescribedPredicate.describe(
                "a now(...) of a java.time type",
                call -> call.getName().equals("now")
                        && call.getTargetOwner().getPackageName().startsWith("java.time"));
    }
}
