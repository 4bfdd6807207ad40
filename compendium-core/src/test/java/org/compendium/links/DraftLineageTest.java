package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.index.ProvisionSearch;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where agreed language came from: the draft a session negotiated ({@code CTOC/COP/2026/L.4}, issued for the
 * thirteenth session) is the ancestor of the resolution the session adopted from it (13/4), and a draft for the next
 * session that takes over 13/4's wording is its descendant. A COP resolution printed alone is dated only by its
 * session, so without the draft's session lineage could not tell the two apart and linked neither.
 */
class DraftLineageTest {
    @TempDir
    Path data;
    @TempDir
    Path sources;

    private static final String OP_2A = "COP res. 13/4 op. 2(a)";

    /** The English fixture of resolution 13/4 as a draft of {@code symbol} for {@code session}, issued on {@code issued}. */
    private static String draft(String symbol, String session, String issued) {
        String fixture = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH);
        return "United Nations                                                " + symbol + "\n"
                + "Conference of the Parties to the                              Distr.: Limited\n"
                + "United Nations Convention                                     " + issued + "\n"
                + "against Transnational Organized Crime                         Original: English\n\n"
                + session + " session\nAgenda item 3\n\n"
                + "          Canada and Mexico: draft resolution\n"
                + fixture.substring(fixture.indexOf('\n'));
    }

    @Test
    void theDraftOfASessionIsTheAncestorOfWhatItAdoptedAndTheNextSessionsDraftItsDescendant() throws IOException {
        Path resolution = sources.resolve("res-13-4.txt");
        Files.writeString(resolution, LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH), StandardCharsets.UTF_8);
        Path draft13 = sources.resolve("L4.txt");
        Files.writeString(draft13, draft("CTOC/COP/2026/L.4", "Thirteenth", "14 October 2026"), StandardCharsets.UTF_8);
        Path draft14 = sources.resolve("L7.txt");
        Files.writeString(draft14, draft("CTOC/COP/2028/L.7", "Fourteenth", "10 October 2028"), StandardCharsets.UTF_8);
        try (DocumentStore store = DocumentStore.open(data)) {
            // The adopted resolution first: a draft ingested later must still become its ancestor.
            ProvisionSearch search = LineageReingestTest.ingest(store, null, resolution);
            try {
                search = LineageReingestTest.ingest(store, search, draft13);
                search = LineageReingestTest.ingest(store, search, draft14);
                Lineage.Timeline timeline = Lineage.settled(store, search).of(Citation.parse(OP_2A)).orElseThrow();
                assertThat(timeline.ancestors()).extracting(l -> l.ancestor().citation().toString())
                        .containsExactly("CTOC/COP/2026/L.4 op. 2(a)");
                assertThat(timeline.ancestors()).extracting(Lineage.Link::type).containsExactly(Lineage.Type.REPRODUCES);
                assertThat(timeline.descendants()).extracting(l -> l.descendant().citation().toString())
                        .containsExactly("CTOC/COP/2028/L.7 op. 2(a)");
            } finally {
                search.close();
            }
        }
    }
}
