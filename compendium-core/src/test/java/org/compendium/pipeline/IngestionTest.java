package org.compendium.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.SourceNameTakenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion on tiny hand-written fixtures: good files are stored, bad ones counted with reasons, and nothing stops. */
class IngestionTest {
    /** A two-paragraph COP resolution in the Markdown shape of the seed corpus. */
    static final String RESOLUTION = """
            ## Résolution 12/9

            ### **Application du Protocole relatif au trafic illicite de migrants**

            *La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,*

            *Rappelant* sa résolution 11/5 sur l'application du Protocole relatif à la traite des personnes,

            *Consciente* du rôle de l'Office des Nations Unies contre la drogue et le crime,

            1. *Prie instamment* les États parties de renforcer la coopération internationale ;

            2. *Invite* les États parties à :

            a) Évaluer les risques liés au trafic illicite de migrants ;

            b) Échanger des informations de manière rapide et sûre.
            """;

    @TempDir
    Path tmp;
    DocumentStore store;
    Ingestion ingestion;
    Recorder events;

    @BeforeEach
    void open() {
        store = DocumentStore.open(tmp.resolve("data"));
        ingestion = new Ingestion(new SourceReader(), new DocumentParser(), store);
        events = new Recorder();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMarkdownResolutionIsStoredWithItsProvisions() throws IOException {
        Path md = write("res-12-9.md", RESOLUTION);

        IngestReport report = ingestion.ingest(List.of(md), events);

        assertThat(report.rejections()).isEmpty();
        assertThat(report).extracting(IngestReport::read, IngestReport::ingested, IngestReport::replaced, IngestReport::rejected)
                .containsExactly(1, 1, 0, 0);
        assertThat(store.documentCount()).isEqualTo(1);
        ParsedDocument doc = store.loadAll(DocumentFilter.ALL).getFirst();
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(store.findByCitation(Citation.parse("COP res. 12/9 op. 2(a)")))
                .singleElement().satisfies(hit -> assertThat(hit.provision().text()).startsWith("Évaluer les risques"));
        assertThat(report.provisions()).isEqualTo(doc.provisions().size());
        assertThat(events.log).containsExactly("started 1/1 res-12-9.md", "ingested res-12-9.md");
    }

    @Test
    void badFilesAreListedWithReasonsAndTheGoodOnesStillStored() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        write("in/a-empty.txt", "");
        Files.write(folder.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x7f, 0x10, 0, 0});
        Files.write(folder.resolve("c-latin1.txt"), "Résolution 12/9\n\nDécision prise à Vienne".getBytes(StandardCharsets.ISO_8859_1));
        write("in/d-resolution.md", RESOLUTION);

        IngestReport report = ingestion.ingest(List.of(folder), events);

        assertThat(report).extracting(IngestReport::read, IngestReport::ingested, IngestReport::rejected)
                .containsExactly(4, 1, 3);
        assertThat(report.rejections()).extracting(Rejection::name)
                .containsExactly("a-empty.txt", "b-binary.txt", "c-latin1.txt");
        assertThat(report.rejections()).allSatisfy(r -> {
            assertThat(r.cause()).isEqualTo(Rejection.Cause.REJECTED_INPUT);
            assertThat(r.reason()).isNotBlank();
            assertThat(r.advice()).isNotBlank();
            assertThat(r.message()).startsWith(r.name() + ": ");
        });
        assertThat(report.rejections().getFirst().reason()).contains("empty");
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(store.list(DocumentFilter.ALL)).extracting(s -> s.source()).containsExactly("d-resolution.md");
        assertThat(events.log).containsExactly(
                "started 1/4 a-empty.txt", "failed a-empty.txt",
                "started 2/4 b-binary.txt", "failed b-binary.txt",
                "started 3/4 c-latin1.txt", "failed c-latin1.txt",
                "started 4/4 d-resolution.md", "ingested d-resolution.md");
    }

    @Test
    void aRejectedFileLeavesTheStoreCountsUnchanged() throws IOException {
        ingestion.ingest(List.of(write("good.md", RESOLUTION)), IngestListener.NONE);
        int documents = store.documentCount();
        int provisions = store.provisionCount();

        IngestReport report = ingestion.ingest(List.of(write("empty.md", "")), IngestListener.NONE);

        assertThat(report.ingested()).isZero();
        assertThat(report.rejected()).isOne();
        assertThat(store.documentCount()).isEqualTo(documents);
        assertThat(store.provisionCount()).isEqualTo(provisions);
    }

    @Test
    void reIngestingTheSameFileReplacesItInsteadOfAddingOne() throws IOException {
        Path md = write("res.md", RESOLUTION);
        ingestion.ingest(List.of(md), IngestListener.NONE);
        int provisions = store.provisionCount();

        IngestReport again = ingestion.ingest(List.of(md), IngestListener.NONE);

        assertThat(again.ingested()).isOne();
        assertThat(again.replaced()).isOne();
        assertThat(store.documentCount()).isOne();
        assertThat(store.provisionCount()).isEqualTo(provisions);
    }

    /**
     * Each language's version in its own folder under one file name ({@code en/report.txt}, {@code fr/report.txt}),
     * and two documents named alike in two folders: before, each file replaced the one stored before it under that
     * name, so that of 12 files ingested the store held 6. Now a different document keeps its name with its folder,
     * and a new copy of a document still replaces it, wherever it was stored.
     */
    @Test
    void filesOfOneNameInTwoFoldersAreTwoDocumentsNotAReplacement() throws IOException {
        Path en = write("corpus/en/report.txt", LanguageFixtures.text(LanguageFixtures.WG_REPORT, Language.ENGLISH));
        Path fr = write("corpus/fr/report.txt", LanguageFixtures.text(LanguageFixtures.WG_REPORT, Language.FRENCH));
        Path res = write("corpus/res/fr/report.txt", LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.FRENCH));

        IngestReport first = ingestion.ingest(List.of(tmp.resolve("corpus")), events);

        assertThat(first).extracting(IngestReport::ingested, IngestReport::replaced, IngestReport::rejected)
                .containsExactly(3, 0, 0);
        assertThat(store.list(DocumentFilter.ALL)).extracting(s -> s.source())
                .containsExactlyInAnyOrder("report.txt", "fr/report.txt", "res/fr/report.txt");
        int provisions = store.provisionCount();

        // A corrected copy of the French report, ingested alone: it finds its own stored name and replaces it.
        Files.writeString(fr, Files.readString(fr) + "\n");
        IngestReport again = ingestion.ingest(List.of(fr), IngestListener.NONE);

        assertThat(again).extracting(IngestReport::ingested, IngestReport::replaced).containsExactly(1, 1);
        assertThat(store.documentCount()).isEqualTo(3);
        assertThat(store.provisionCount()).isEqualTo(provisions);
        assertThat(store.list(DocumentFilter.ALL)).extracting(s -> s.source())
                .containsExactlyInAnyOrder("report.txt", "fr/report.txt", "res/fr/report.txt");
        assertThat(ingestion.ingest(List.of(en, res), IngestListener.NONE))
                .extracting(IngestReport::ingested, IngestReport::replaced).containsExactly(2, 2);
        assertThat(store.documentCount()).isEqualTo(3);
    }

    @Test
    void theStoreRefusesToReplaceAnotherDocumentOfTheSameNameAndChangesNothing() throws Exception {
        store.save(new DocumentParser().parse(LanguageFixtures.source("report.txt",
                LanguageFixtures.text(LanguageFixtures.WG_REPORT, Language.ENGLISH))));
        ParsedDocument other = new DocumentParser().parse(LanguageFixtures.source("report.txt",
                LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH)));
        int provisions = store.provisionCount();

        assertThatThrownBy(() -> store.save(other)).isInstanceOf(SourceNameTakenException.class)
                .hasMessageStartingWith("report.txt already names another stored document (")
                .hasMessageContaining("nothing was changed");
        assertThat(store.documentCount()).isOne();
        assertThat(store.provisionCount()).isEqualTo(provisions);
    }

    @Test
    void aParserBugIsAFailureOfThatFileOnlyWithAClearMessage() throws IOException {
        Path boom = write("boom.md", RESOLUTION.replace("12/9", "12/8"));
        Path good = write("good.md", RESOLUTION);
        DocumentParser real = new DocumentParser();
        Ingestion withBug = new Ingestion(new SourceReader()::read, text -> {
            if (text.name().equals("boom.md")) {
                throw new UnsupportedOperationException("compendium reader not written yet");
            }
            return real.parse(text);
        }, store);

        IngestReport report = withBug.ingest(List.of(boom, good), events);

        assertThat(report).extracting(IngestReport::ingested, IngestReport::rejected).containsExactly(1, 1);
        Rejection bug = report.rejections().getFirst();
        assertThat(bug.cause()).isEqualTo(Rejection.Cause.INTERNAL_ERROR);
        assertThat(bug.message()).isEqualTo("boom.md: internal error while parsing boom.md: "
                + "UnsupportedOperationException: compendium reader not written yet; please report it");
        assertThat(store.list(DocumentFilter.ALL)).extracting(s -> s.source()).containsExactly("good.md");
    }

    @Test
    void foldersAreWalkedRecursivelySortedSkippingHiddenAndOtherFiles() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("tree"));
        write("tree/b/z.md", RESOLUTION);
        write("tree/a.TXT", "x");
        write("tree/b/a.docx", "x");
        write("tree/notes.odt", "x");
        write("tree/.hidden.txt", "x");
        write("tree/.git/config.txt", "x");
        write("tree/c.markdown", "x");

        SourceFiles.Expansion expansion = SourceFiles.expand(List.of(root));

        assertThat(expansion.files()).extracting(p -> root.toAbsolutePath().relativize(p).toString().replace('\\', '/'))
                .containsExactly("a.TXT", "b/a.docx", "b/z.md", "c.markdown");
        assertThat(expansion.skipped()).isEqualTo(2); // notes.odt and .hidden.txt; .git is not entered
        assertThat(expansion.problems()).isEmpty();
    }

    @Test
    void aMissingPathIsRejectedNotDropped() {
        IngestReport report = ingestion.ingest(List.of(tmp.resolve("nope.txt")), events);

        assertThat(report.rejected()).isOne();
        assertThat(report.rejections().getFirst().reason()).contains("does not exist");
        assertThat(report.describe()).isEqualTo("read 1 file: 0 ingested (0 replaced), 1 rejected, 0 skipped; 0 provisions");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A listener that logs its calls. */
    static final class Recorder implements IngestListener {
        final List<String> log = new ArrayList<>();

        @Override
        public void started(int index, int total, Path file) {
            log.add("started " + index + "/" + total + " " + file.getFileName());
        }

        @Override
        public void ingested(IngestedFile result) {
            log.add("ingested " + result.file().getFileName());
        }

        @Override
        public void failed(int index, int total, Rejection rejection, Throwable cause) {
            log.add("failed " + rejection.name());
        }
    }
}
