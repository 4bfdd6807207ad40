package org.compendium.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;
import org.compendium.model.Supplied;
import org.compendium.store.DocumentFilter;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.junit.jupiter.api.Test;

/** Identity at ingest: what users supply, and two files that claim one identity. */
class SuppliedIdentityTest extends BothStores {
    private static final String SECRETARIAT = """
            Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée

            Distr. générale
            3 août 2026

            Treizième session
            Vienne, 12-16 octobre 2026

            Activités de l'Office des Nations Unies contre la drogue et le crime

            Rapport du Secrétariat

             I. Introduction

            1. Le présent rapport rend compte des activités menées depuis la douzième session.

            2. Le Secrétariat a organisé des ateliers régionaux.
            """;

    private IngestReport ingest(DocumentStore store, SuppliedMetadata supplied, Path... files) {
        return new Ingestion(new SourceReader(), new DocumentParser(), store).withSupplied(supplied)
                .ingest(List.of(files), IngestListener.NONE);
    }

    @Test
    void aSymbolSuppliedOnTheCommandLineIdentifiesASecretariatReportAndItsCitations() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), SECRETARIAT, StandardCharsets.UTF_8);
        try (DocumentStore store = open()) {
            ingest(store, SuppliedMetadata.commandLine(new Supplied(DocumentSymbol.parse("CTOC/COP/2026/4"), null)), file);
            DocumentSummary d = store.list(DocumentFilter.ALL).getFirst();
            assertThat(d.symbol()).isEqualTo(DocumentSymbol.parse("CTOC/COP/2026/4"));
            assertThat(d.work()).isEqualTo(new Work.SymbolDocument(DocumentSymbol.parse("CTOC/COP/2026/4")));
            assertThat(store.loadAll(DocumentFilter.ALL).getFirst().provisions().getFirst().citation()).hasToString("CTOC/COP/2026/4 para. 1");
        }
    }

    @Test
    void withoutASymbolTheSecretariatReportIsKnownBySessionAndDateOfIssue() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), SECRETARIAT, StandardCharsets.UTF_8);
        try (DocumentStore store = open()) {
            ingest(store, SuppliedMetadata.sidecarsOnly(), file);
            assertThat(store.list(DocumentFilter.ALL).getFirst().work()).hasToString("CTOC/COP session 13 report 2026-08-03");
        }
    }

    @Test
    void aFoldersSidecarSuppliesSymbolsAndTitlesPerFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), SECRETARIAT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), SECRETARIAT.replace("3 août 2026", "10 août 2026"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SuppliedMetadata.SIDECAR), "file,symbol,title\na.txt,CTOC/COP/2026/5,Activités (titre corrigé)\nb.txt,,\n",
                StandardCharsets.UTF_8);
        try (DocumentStore store = open()) {
            IngestReport report = ingest(store, SuppliedMetadata.sidecarsOnly(), folder);
            assertThat(report.ingested()).isEqualTo(2);
            List<DocumentSummary> docs = store.list(DocumentFilter.ALL);
            assertThat(docs).extracting(d -> d.work().toString()).containsExactly("CTOC/COP/2026/5", "CTOC/COP session 13 report 2026-08-10");
            assertThat(docs.getFirst().title()).isEqualTo("Activités (titre corrigé)");
        }
    }

    @Test
    void aSidecarThatCannotBeReadRejectsItsFolderFilesNamingItAndTheLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), SECRETARIAT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SuppliedMetadata.SIDECAR), "file,symbol\na.txt,not a symbol\n", StandardCharsets.UTF_8);
        try (DocumentStore store = open()) {
            IngestReport report = ingest(store, SuppliedMetadata.sidecarsOnly(), folder);
            assertThat(report.ingested()).isZero();
            assertThat(report.rejections().getFirst().message()).contains(SuppliedMetadata.SIDECAR).contains("line 2");
            assertThat(store.documentCount()).isZero();
        }
    }

    @Test
    void aSecondFileClaimingTheSameWorkAndLanguageIsRefusedAndTheFirstKept() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), SECRETARIAT, StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("second.txt"), SECRETARIAT + "\n3. Un paragraphe de plus.\n", StandardCharsets.UTF_8);
        try (DocumentStore store = open()) {
            IngestReport report = ingest(store, SuppliedMetadata.sidecarsOnly(), first, second);
            assertThat(report.ingested()).isEqualTo(1);
            assertThat(report.rejections()).singleElement().satisfies(r -> {
                assertThat(r.cause()).isEqualTo(Rejection.Cause.REJECTED_INPUT);
                assertThat(r.message()).contains("second.txt is CTOC/COP session 13 report 2026-08-03 in Français (fr)")
                        .contains("already holds from first.txt").contains("--symbol");
            });
            assertThat(store.list(DocumentFilter.ALL)).extracting(DocumentSummary::source).containsExactly("first.txt");
            assertThat(store.loadAll(DocumentFilter.ALL).getFirst().provisions()).hasSize(2);
        }
    }
}
