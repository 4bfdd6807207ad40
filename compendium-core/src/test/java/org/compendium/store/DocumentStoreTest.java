package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compendium.store.StoreFixtures.REC_12;
import static org.compendium.store.StoreFixtures.compendium;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract, on each store (H2 and PostgreSQL). */
class DocumentStoreTest extends BothStores {
    @Test
    void savedDocumentLoadsBackEqualToWhatWasSaved() {
        ParsedDocument report = wg7Report("rapport.pdf", "aa01");
        ParsedDocument resolution = copResolution("res-11-5.txt", "bb02");
        ParsedDocument comp = compendium("compendium.docx", "cc03");
        try (DocumentStore store = open()) {
            store.save(report);
            store.save(resolution);
            store.save(comp);
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(report, resolution, comp);
        }
    }

    @Test
    void documentsAreFoundByTheirStoreIdAndUnknownIdsGiveEmpty() {
        ParsedDocument report = wg7Report("rapport.pdf", "aa01");
        try (DocumentStore store = open()) {
            long id = store.save(report).summary().id();
            assertThat(store.findDocument(id)).contains(report);
            assertThat(store.findSummary(id)).hasValueSatisfying(s -> assertThat(s.source()).isEqualTo("rapport.pdf"));
            assertThat(store.findDocument(id + 1000)).isEmpty();
            assertThat(store.findSummary(-1)).isEmpty();
        }
    }

    @Test
    void documentsSurviveClosingAndReopeningTheStore() {
        ParsedDocument report = wg7Report("rapport.pdf", "aa01");
        try (DocumentStore store = open()) {
            store.save(report);
        }
        try (DocumentStore store = open()) {
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(report);
            assertThat(store.provisionCount()).isEqualTo(3);
        }
    }

    @Test
    void saveReportsWhatItWrote() {
        try (DocumentStore store = open()) {
            StoredDocument stored = store.save(wg7Report("rapport.pdf", "aa01"));
            assertThat(stored.provisions()).isEqualTo(3);
            assertThat(stored.segments()).isEqualTo(3);
            assertThat(stored.replaced()).isZero();
            assertThat(stored.summary().source()).isEqualTo("rapport.pdf");
            assertThat(stored.summary().provisionCount()).isEqualTo(3);
            assertThat(stored.summary().body()).isEqualTo(Body.WG_SOM);
            assertThat(stored.summary().symbol().value()).isEqualTo("CTOC/COP/WG.7/2021/3");
        }
    }

    @Test
    void resavingTheSameSourceReplacesTheEarlierCopy() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(copResolution("res.txt", "bb02"));
            ParsedDocument changed = wg7Report("rapport.pdf", "aa99");
            StoredDocument again = store.save(changed);
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(store.documentCount()).isEqualTo(2);
            assertThat(store.provisionCount()).isEqualTo(5);
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(copResolution("res.txt", "bb02"), changed);
        }
    }

    @Test
    void resavingTheSameBytesUnderAnotherNameReplacesTheEarlierCopy() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            StoredDocument renamed = store.save(wg7Report("rapport-copie.pdf", "aa01"));
            assertThat(renamed.replaced()).isEqualTo(1);
            assertThat(store.list(DocumentFilter.ALL)).extracting(DocumentSummary::source).containsExactly("rapport-copie.pdf");
        }
    }

    @Test
    void aFailedSaveLeavesTheStoreAsItWas() {
        ParsedDocument original = wg7Report("rapport.pdf", "aa01");
        // The label column holds 200 characters; this one fails on insert, after the earlier copy was deleted.
        Provision tooLong = new Provision(Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 14"),
                org.compendium.model.ProvisionKind.RECOMMENDATION, "14", List.of("14"), "x".repeat(500), "texte", null,
                List.of(), 8, null);
        List<Provision> provisions = new ArrayList<>(original.provisions());
        provisions.add(tooLong);
        ParsedDocument broken = new ParsedDocument("rapport.pdf", original.format(), "aa02", original.sourceLength(),
                original.metadata(), original.work(), provisions, original.segments(), original.coverage());
        try (DocumentStore store = open()) {
            store.save(original);
            store.save(copResolution("res.txt", "bb02"));
            int documents = store.documentCount();
            int provisionCount = store.provisionCount();

            assertThatThrownBy(() -> store.save(broken))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("could not save rapport.pdf; the store is unchanged");

            assertThat(store.documentCount()).isEqualTo(documents);
            assertThat(store.provisionCount()).isEqualTo(provisionCount);
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(original, copResolution("res.txt", "bb02"));
            // The store stays usable after the rollback.
            store.save(compendium("c.docx", "cc03"));
            assertThat(store.documentCount()).isEqualTo(documents + 1);
        }
    }

    @Test
    void filtersSelectByTypeBodyMeetingSessionAndYear() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(copResolution("res.txt", "bb02"));
            store.save(compendium("c.docx", "cc03"));

            assertThat(sources(store, DocumentFilter.ALL)).containsExactly("rapport.pdf", "res.txt", "c.docx");
            assertThat(sources(store, DocumentFilter.ALL.withType(DocumentType.RESOLUTION))).containsExactly("res.txt");
            assertThat(sources(store, DocumentFilter.ALL.withBody(Body.WG_SOM))).containsExactly("rapport.pdf");
            assertThat(sources(store, DocumentFilter.ALL.withBody(Body.WG_TIP))).isEmpty();
            assertThat(sources(store, DocumentFilter.ALL.withMeeting(8))).containsExactly("rapport.pdf");
            assertThat(sources(store, DocumentFilter.ALL.withSession(11))).containsExactly("res.txt");
            assertThat(sources(store, DocumentFilter.ALL.withYear(2021))).containsExactly("rapport.pdf");
            assertThat(sources(store, DocumentFilter.ALL.withYear(2022))).containsExactly("res.txt");
            assertThat(sources(store, DocumentFilter.ALL.withYear(2020))).isEmpty();
            assertThat(sources(store, DocumentFilter.ALL.withBody(Body.COP).withYear(2021))).isEmpty();
            assertThat(sources(store, DocumentFilter.ALL.withBody(Body.COP).withSession(11).withYear(2022)))
                    .containsExactly("res.txt");
            assertThat(store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM)))
                    .containsExactly(compendium("c.docx", "cc03"));
        }
    }

    @Test
    void findByCitationReturnsTheProvisionFromEveryDocumentThatHoldsIt() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(copResolution("res.txt", "bb02"));
            store.save(compendium("c.docx", "cc03"));

            List<ProvisionHit> hits = store.findByCitation(REC_12);
            assertThat(hits).extracting(h -> h.document().source()).containsExactly("rapport.pdf", "c.docx");
            assertThat(hits.get(0).provision()).isEqualTo(wg7Report("rapport.pdf", "aa01").provisions().get(0));
            assertThat(hits.get(1).provision()).isEqualTo(compendium("c.docx", "cc03").provisions().get(0));
            assertThat(hits.get(1).document().type()).isEqualTo(DocumentType.COMPENDIUM);

            // What a person types parses to the same citation.
            assertThat(store.findByCitation(Citation.parse("ctoc/cop/wg.7/2021 rec 12 (a)")))
                    .extracting(ProvisionHit::ordinal).containsExactly(1);
            assertThat(store.findByCitation(Citation.parse("COP res. 11/5 op. 4"))).hasSize(1);
            assertThat(store.findByCitation(Citation.parse("COP res. 11/5 op. 5"))).isEmpty();
        }
    }

    @Test
    void aStoreWrittenByANewerSchemaIsRefusedWithAClearMessage() throws Exception {
        try (DocumentStore store = open()) {
            store.save(compendium("c.docx", "cc03"));
        }
        SchemaMigrations.configure(location)
                .locations(SchemaMigrations.LOCATION, "classpath:db/future").load().migrate();

        assertThatThrownBy(() -> open())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version 999, newer than this Compendium knows (up to version "
                        + latestMigration() + ")");
    }

    /** The highest version among the migrations this Compendium ships (SQL scripts and Java migrations alike). */
    private static int latestMigration() throws java.io.IOException {
        try (var sql = Files.list(Path.of("src/main/resources/db/compendium"));
             var code = Files.list(Path.of("src/main/java/org/compendium/store"))) {
            return java.util.stream.Stream.concat(sql, code).map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*")).mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @Test
    void aStoreMigratedBeforeLowerNumberedMigrationsArrivedGetsThemAtTheNextOpen(@TempDir Path scripts) throws Exception {
        // The store as the previous release left it: every migration up to V10 except those numbered below it that
        // came later (V6 links, V7 theme keywords, V8 parse outcomes).
        List<String> earlier = List.of("V1__initial_schema.sql", "V2__themes.sql", "V3__editable_vocabulary.sql",
                "V5__store_generation.sql", "V9__metadata_corrections.sql", "V10__editions.sql");
        for (String script : earlier) {
            try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/compendium/" + script)) {
                Files.copy(in, scripts.resolve(script));
            }
        }
        SchemaMigrations.configure(location).outOfOrder(false).locations("filesystem:" + scripts).load().migrate();

        try (DocumentStore store = open()) {
            ParsedDocument report = wg7Report("rapport.pdf", "aa01");
            store.save(report);
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(report);
        }
        List<String> applied = java.util.Arrays.stream(SchemaMigrations.configure(location).load().info().applied())
                .map(m -> m.getVersion().toString()).toList();
        assertThat(applied).contains("6", "7", "8", "13");
    }

    @Test
    void exportingStraightFromTheStoreGivesTheSameJsonAsExportingTheDocuments() {
        List<ParsedDocument> docs = List.of(wg7Report("rapport.pdf", "aa01"), copResolution("res.txt", "bb02"));
        java.io.StringWriter direct = new java.io.StringWriter();
        org.compendium.export.JsonExporter.to(direct, false).writeAll(docs);
        java.io.StringWriter fromStore = new java.io.StringWriter();
        try (DocumentStore store = open()) {
            docs.forEach(store::save);
            try (org.compendium.export.JsonExporter json = org.compendium.export.JsonExporter.to(fromStore, false)) {
                store.forEach(DocumentFilter.ALL, json::write);
            }
        }
        assertThat(fromStore.toString()).isEqualTo(direct.toString()).contains("res.txt");
    }

    private static List<String> sources(DocumentStore store, DocumentFilter filter) {
        return store.list(filter).stream().map(DocumentSummary::source).toList();
    }
}
