package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the parser understood is stored with the document (schema version 8): the two coverage figures and the
 * warnings come back as they were saved, for a treaty and for a text kept as unstructured.
 */
class ParseOutcomeStoreTest {
    @TempDir
    Path dir;

    @Test
    void coverageFiguresAndWarningsSurviveTheStore() throws Exception {
        DocumentParser parser = new DocumentParser();
        ParsedDocument treaty = parser.parse(LanguageFixtures.source(LanguageFixtures.TREATY, Language.RUSSIAN));
        ParsedDocument notes = parser.parse(LanguageFixtures.source("notes.txt", "Notes from the corridor\n\nBring the draft.\n"));
        assertThat(notes.warnings()).hasSize(1);
        try (DocumentStore store = DocumentStore.open(dir)) {
            store.save(treaty);
            store.save(notes);
        }
        try (DocumentStore store = DocumentStore.open(dir)) {
            ParsedDocument treatyAgain = store.findBySource(treaty.source()).orElseThrow();
            ParsedDocument notesAgain = store.findBySource(notes.source()).orElseThrow();
            assertThat(treatyAgain.body()).isEqualTo(treaty.body());
            assertThat(treatyAgain.warnings()).isEmpty();
            assertThat(treatyAgain.work()).isEqualTo(treaty.work());
            assertThat(treatyAgain.provisions()).isEqualTo(treaty.provisions());
            assertThat(notesAgain.body()).isEqualTo(notes.body());
            assertThat(notesAgain.warnings()).containsExactlyElementsOf(notes.warnings());
            assertThat(notesAgain.unstructured()).isTrue();
            assertThat(notesAgain.segments()).isEqualTo(notes.segments());
        }
    }
}
