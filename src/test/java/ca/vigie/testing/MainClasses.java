package ca.vigie.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Vigie's own classes as ArchUnit sees them, imported once for all the architecture tests of the JVM. */
public final class MainClasses {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.vigie");

    private MainClasses() {}

    public static JavaClasses all() {
        return CLASSES;
    }
}
