package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ThemeVerdict;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/**
 * A store written before works and eIds (schema version 3) opens upgraded: its documents get their works, its
 * provisions their eIds, its report citations name the meeting, and an editor's decision follows its provision; on
 * each store.
 */
class IdentityMigrationTest extends BothStores {
    @Test
    void aVersionThreeStoreIsUpgradedWithoutLosingAnEditorsDecision() throws Exception {
        String url = location.jdbcUrl();
        SchemaMigrations.configure(location).target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, location.user(), location.password()); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO documents (id, source_name, sha256, format, doc_type, body, meeting, session, start_date, end_date,
                        venue, language, symbol, title, resolution_number, source_length, ingested_at)
                    VALUES (1, 'wg7.txt', 'aa', 'TEXT', 'MEETING_REPORT', 'WG_SOM', 8, NULL, DATE '2021-10-14', DATE '2021-10-15',
                        'Vienne', 'fr', NULL, 'Rapport', NULL, 100, TIMESTAMP '2025-01-01 00:00:00'),
                           (2, 'res.txt', 'bb', 'TEXT', 'RESOLUTION', 'COP', NULL, 11, NULL, NULL,
                        NULL, 'fr', NULL, 'Résolution 11/5', '11/5', 100, TIMESTAMP '2025-01-01 00:00:00')""");
            s.execute("""
                    INSERT INTO provisions (document_id, ordinal, citation, citation_work, citation_designator, citation_number,
                        citation_subdivisions, kind, number, path, label, text, leading_verb, spans, start_offset, end_offset, meeting, session)
                    VALUES (1, 0, 'CTOC/COP/WG.7/2021 rec. 12', 'CTOC/COP/WG.7/2021', 'rec', '12', '[]', 'RECOMMENDATION', '12',
                        '["12"]', 'Recommandation 12', 'Les États parties devraient coopérer.', NULL, '0-40', 0, 40, 8, NULL),
                           (1, 1, 'CTOC/COP/WG.7/2021 rec. 12(a)', 'CTOC/COP/WG.7/2021', 'rec', '12', '["a"]', 'SUBPARAGRAPH', 'a',
                        '["12","a"]', 'a)', 'en échangeant des informations.', NULL, '40-80', 40, 80, 8, NULL),
                           (2, 0, 'COP res. 11/5 op. 4(b)', 'COP res. 11/5', 'op', '4', '["b"]', 'SUBPARAGRAPH', 'b',
                        '["4","b"]', 'b)', 'de renforcer la coopération.', NULL, '0-30', 0, 30, NULL, 11)""");
            s.execute("INSERT INTO theme_versions (version, created_at, author, note) VALUES (1, TIMESTAMP '2025-01-01 00:00:00', 'ed', 'x')");
        }
        try (Connection c = DriverManager.getConnection(url, location.user(), location.password()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO theme_decisions (citation, theme_id, verdict, editor, decided_at, version) "
                    + "VALUES ('CTOC/COP/WG.7/2021 rec. 12(a)', 'cooperation', 'ADDED', 'ed', TIMESTAMP '2025-01-02 00:00:00', 1)");
        } catch (java.sql.SQLException e) {
            throw new AssertionError("the V3 schema of theme_decisions changed; update this fixture: " + e.getMessage(), e);
        }

        try (DocumentStore store = open()) {
            List<ParsedDocument> docs = store.loadAll(DocumentFilter.ALL);
            assertThat(docs).extracting(d -> d.work().toString()).containsExactly("CTOC/COP/WG.7 meeting 8", "COP res. 11/5");
            assertThat(docs.getFirst().provisions()).extracting(p -> p.citation().toString())
                    .containsExactly("CTOC/COP/WG.7 meeting 8 rec. 12", "CTOC/COP/WG.7 meeting 8 rec. 12(a)");
            assertThat(docs.getFirst().provisions()).extracting(p -> p.eId().toString()).containsExactly("rec_12", "rec_12__subpara_a");
            assertThat(docs.get(1).provisions().getFirst().eId()).hasToString("op_4__subpara_b");
            assertThat(store.themes().decisions()).singleElement().satisfies(d -> {
                assertThat(d.citation()).isEqualTo(Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 12(a)"));
                assertThat(d.verdict()).isEqualTo(ThemeVerdict.ADDED);
            });
            assertThat(store.findByCitation(Citation.parse("CTOC/COP/WG.7/2021 rec. 12"))).hasSize(1);
            assertThat(store.list(DocumentFilter.ALL).getFirst().work()).isEqualTo(new Work.MeetingReport(org.compendium.model.Body.WG_SOM, 8));
        }
    }
}
