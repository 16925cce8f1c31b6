package com.gapwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering true: the engine is plain Java and knows nothing of the web shell or storage. */
class ArchitectureTest {

    /** Packages of the plain-Java engine, which the CLI runs without Spring. */
    static final String[] ENGINE = {
        "com.gapwise.model..", "com.gapwise.importer..", "com.gapwise.matching..", "com.gapwise.diff..",
        "com.gapwise.gaps..", "com.gapwise.strategy..", "com.gapwise.metrics..", "com.gapwise.cli..",
        "com.gapwise.method..", "com.gapwise.report..", "com.gapwise.bench..", "com.gapwise.spreadsheet..",
        "com.gapwise.portfolio.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.gapwise");
    }

    @Test
    void engineDoesNotDependOnSpringOrPersistence() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..");
        rule.check(classes);
    }

    @Test
    void engineDoesNotDependOnTheShell() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gapwise.web..", "com.gapwise.workspace..", "com.gapwise.access..");
        rule.check(classes);
    }

    @Test
    void thePortfolioDoesNotDependOnTheStrategyThatUsesIt() {
        ArchRule rule = noClasses().that().resideInAPackage("com.gapwise.portfolio..")
                .should().dependOnClassesThat().resideInAnyPackage("com.gapwise.strategy..", "com.gapwise.report..");
        rule.check(classes);
    }

    @Test
    void theProcessGraphDependsOnNothingElseOfGapwise() {
        ArchRule rule = noClasses().that().resideInAPackage("com.gapwise.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gapwise.importer..", "com.gapwise.matching..", "com.gapwise.diff..", "com.gapwise.gaps..",
                        "com.gapwise.strategy..", "com.gapwise.metrics..", "com.gapwise.cli..",
        "com.gapwise.method..");
        rule.check(classes);
    }
}
