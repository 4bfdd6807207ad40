package org.compendium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's layering, as each package-info.java states it: a stage never reaches into a later one. */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.compendium");
    }

    @Test
    void ingestKnowsNothingOfParsingStorageOrExport() {
        noClasses().that().resideInAPackage("..ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("..parse..", "..store..", "..export..", "..pipeline..")
                .check(core);
    }

    @Test
    void parsingKnowsNothingOfStorageExportOrJdbc() {
        noClasses().that().resideInAPackage("..parse..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..export..", "..pipeline..", "java.sql..")
                .check(core);
    }

    @Test
    void storageAndExportWorkOnTheModelOnly() {
        noClasses().that().resideInAnyPackage("..store..", "..export..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "..parse..", "..pipeline..")
                .check(core);
    }

    @Test
    void frenchReadingHelpersDependOnTheModelAndTheJdkOnly() {
        noClasses().that().resideInAPackage("..parse.french..")
                .should().dependOnClassesThat().resideInAnyPackage("org.compendium.parse", "..ingest..", "..store..")
                .check(core);
    }

    @Test
    void grammarsAndLanguageDetectionAreDataTheReadersUseNeverTheReverse() {
        noClasses().that().resideInAnyPackage("..parse.grammar..", "..parse.language..")
                .should().dependOnClassesThat().resideInAnyPackage("org.compendium.parse", "..ingest..", "..store..",
                        "..index..", "..pipeline..", "java.sql..")
                .check(core);
    }

    @Test
    void themesReadStoredProvisionsNeverSourceFiles() {
        noClasses().that().resideInAPackage("..themes..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "..pipeline..", "..export..", "java.sql..")
                .check(core);
    }

    @Test
    void theIndexReadsOnlyTheGrammarsLanguageTablesOfTheParser() {
        noClasses().that().resideInAPackage("..index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.compendium.parse", "org.compendium.parse.french..",
                        "org.compendium.parse.language..", "org.compendium.ingest..", "org.compendium.store..", "java.sql..")
                .check(core);
    }

    @Test
    void luceneStaysInTheIndexAndInThemeTokenisation() {
        noClasses().that().resideOutsideOfPackages("..index..", "..themes..", "..bench..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(core);
    }

    @Test
    void linksUseTheModelTheIndexAndTheStoreOnly() {
        // The date tables of parse.french and parse.grammar date the works lineage orients; the structure readers stay out.
        noClasses().that().resideInAPackage("..links..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "org.compendium.parse",
                        "org.compendium.parse.language..", "..pipeline..", "..export..",
                        "..publish..", "..themes..", "..app..", "..web..", "java.sql..")
                .check(core);
    }

    @Test
    void publishingWorksFromTheStoreNeverFromSourceFiles() {
        // parse.french (ordinals, dates) serves writing as well as reading; the structure readers do not.
        noClasses().that().resideInAPackage("..publish..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "org.compendium.parse", "..pipeline..", "java.sql..")
                .check(core);
    }
}
