package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.IndexPart;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.grammar.IndexWording;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.themes.IndexEntry;
import org.compendium.themes.IndexReferences;
import org.compendium.themes.IndexTable;
import org.compendium.themes.ReportNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key acceptance check: the WG.7 edition of meetings 1–6 and sessions 1–6, published from what was ingested and
 * imported from the seed compendium, reproduces its printed index exactly when read back — from the Markdown table
 * (by the very reader that read the printed index) and from the CSV.
 */
class EditionRoundTripTest {
    private static final IndexWording FRENCH = IndexWording.of(Language.FRENCH);
    private static DocumentStore store;
    private static Edition edition;
    private static IndexTable.Result published;

    /** One reference of an index: theme, compendium reference, report symbol, report number, instrument. */
    record Link(String theme, String reference, String symbol, String number, String instrument) {
    }

    @BeforeAll
    static void publish() {
        store = SeedStore.open();
        edition = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
        ParsedDocument compendium = store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM)).getFirst();
        published = IndexTable.read(compendium.segments().stream()
                .filter(s -> s.kind() == org.compendium.model.SegmentKind.INDEX_TABLE).map(s -> s.text()).toList(), FRENCH);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Link> links(List<IndexEntry> entries) {
        return entries.stream().map(e -> new Link(e.theme(), e.reference().part() + ":" + e.reference().label(), e.reportSymbol(),
                e.reportNumber(), e.instrument())).toList();
    }

    @Test
    void theEditionHoldsTheCompendiumsPartsAndIndex() {
        assertThat(edition.partA()).extracting(Edition.Meeting::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(edition.partA()).extracting(m -> m.entries().stream().filter(e -> e.depth() == 0).count())
                .containsExactly(55L, 33L, 41L, 15L, 5L, 24L);
        assertThat(edition.partB()).extracting(Edition.Session::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(edition.entries()).hasSize(312);
        assertThat(edition.index()).hasSize(77);
        assertThat(edition.indexReferences()).isEqualTo(645);
        assertThat(edition.partA().getFirst().heading()).isEqualTo("I. Première réunion, du 30 mai au 1er juin 2012");
        assertThat(edition.partAHeading()).isEqualTo("A. Recommandations adoptées par le Groupe de travail de sa première à sa sixième réunion");
        assertThat(edition.notes()).isEmpty();
    }

    @Test
    void theMarkdownIndexReadsBackAsThePublishedIndex() throws IOException {
        String md = render(new PublishFormat.Markdown());
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("## Index thématique")) {
                in = true;
            } else if (in && line.startsWith("| ") && !line.startsWith("|---")) {
                String inner = line.substring(2, line.length() - 2);
                lines.add(String.join("\t", List.of(inner.split(" \\| ", -1))).replace("**", "").replace("\\|", "|"));
            }
        }
        IndexTable.Result back = IndexTable.read(lines, FRENCH);
        assertThat(back.problems()).isEmpty();
        assertThat(back.themes()).isEqualTo(published.themes()).hasSize(77);
        assertThat(links(back.entries())).hasSize(645).containsExactlyInAnyOrderElementsOf(links(published.entries()));
        assertThat(back.unaligned()).isZero();
    }

    @Test
    void theCsvIndexRowsReadBackAsThePublishedIndex() throws IOException {
        String csv = render(new PublishFormat.Csv());
        CsvMapper mapper = new CsvMapper();
        List<Link> back = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                if (!themes.contains(r.get("theme"))) {
                    themes.add(r.get("theme"));
                }
                IndexPart part = IndexPart.valueOf(r.get("part"));
                var refs = IndexReferences.read(r.get("references"), part, FRENCH).references();
                String cell = r.get("paragraphs").isEmpty() ? r.get("recommendations") : r.get("paragraphs");
                List<String> numbers = ReportNumbers.read(cell, FRENCH);
                assertThat(numbers).as("numbers of row %s", r).hasSameSizeAs(refs);
                for (int i = 0; i < refs.size(); i++) {
                    back.add(new Link(r.get("theme"), part + ":" + refs.get(i).label(), r.get("report_symbol"), numbers.get(i),
                            r.get("instrument").isEmpty() ? null : r.get("instrument")));
                }
            }
        }
        assertThat(themes).isEqualTo(published.themes());
        assertThat(back).hasSize(645).containsExactlyInAnyOrderElementsOf(links(published.entries()));
    }

    static String render(PublishFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
