package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.ingest.SourceReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents live at their work and language; database-id URLs lead there, and a re-ingest keeps the address. */
class PermalinkIT {
    private static SeededServer seeded;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        seeded = SeededServer.start();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(path))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentIsServedAtItsWorkAndLanguageWithEidAnchors() throws Exception {
        HttpResponse<String> r = get("works/cop-res-11-5/fr");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"op_4__subpara_b\"").contains("COP res. 11/5 op. 4(b)");
        HttpResponse<String> report = get("works/wg7-meeting-8/fr");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"rec_12\"");
    }

    @Test
    void theOldDatabaseIdUrlRedirectsToThePermalinkAndAnUnknownOneIsACleanNotFound() throws Exception {
        long id = seeded.idOf(Corpus.RES_11_5);
        HttpResponse<String> r = get("documents/" + id);
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/works/cop-res-11-5/fr");
        HttpResponse<String> missing = get("documents/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("/works/cop-res-11-5/fr").doesNotContain("SQL").doesNotContain("Exception");
    }

    @Test
    void aWorkLeadsToItsStoredLanguageAndAnUnknownWorkOrLanguageIsSaidSo() throws Exception {
        HttpResponse<String> work = get("works/wg4-meeting-9");
        assertThat(work.statusCode()).isEqualTo(302);
        assertThat(work.headers().firstValue("Location")).hasValue("/works/wg4-meeting-9/fr");
        assertThat(get("works/wg4-meeting-9/en").statusCode()).isEqualTo(404);
        assertThat(get("works/cop-res-99-1").statusCode()).isEqualTo(404);
        assertThat(get("works/Not_A_Work/fr").statusCode()).isEqualTo(400);
        assertThat(get("works/not-a-work/fr").statusCode()).isEqualTo(404);
        assertThat(get("works/cop-res-11-5/xx").statusCode()).isEqualTo(400);
    }

    @Test
    void reIngestingADocumentKeepsItsPermalinkWhileItsDatabaseIdChanges() throws Exception {
        long before = seeded.idOf(Corpus.RES_11_5);
        seeded.store.save(new DocumentParser().parse(new SourceReader().read(Corpus.file(Corpus.RES_11_5))));
        long after = seeded.idOf(Corpus.RES_11_5);
        assertThat(after).isNotEqualTo(before);
        assertThat(get("works/cop-res-11-5/fr").statusCode()).isEqualTo(200);
        assertThat(get("documents/" + after).headers().firstValue("Location")).hasValue("/works/cop-res-11-5/fr");
        assertThat(get("documents/" + before).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> put(String path, String json, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(seeded.url(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorCorrectsADocumentsSymbolThroughTheApiAndItsPermalinkFollows() throws Exception {
        String path = "api/works/cop-session-12-report-2024-07-23/fr/metadata";
        assertThat(put(path, "{\"symbol\": \"CTOC/COP/2024/2\"}", null, null).statusCode()).isEqualTo(401);
        assertThat(put(path, "{\"symbol\": \"CTOC/COP/2024/2\"}", SeededServer.EDITOR, "wrong").statusCode()).isIn(401, 403);
        assertThat(put(path, "{\"symbol\": \"not a symbol\"}", SeededServer.EDITOR, SeededServer.PASSWORD).statusCode()).isEqualTo(400);
        assertThat(put(path, "{}", SeededServer.EDITOR, SeededServer.PASSWORD).statusCode()).isEqualTo(400);
        HttpResponse<String> before = get("works/cop-session-12-report-2024-07-23/fr");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

        HttpResponse<String> ok = put(path, "{\"symbol\": \"CTOC/COP/2024/2\"}", SeededServer.EDITOR, SeededServer.PASSWORD);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"permalink\":\"/works/ctoc-cop-2024-2/fr\"");
        assertThat(get("works/ctoc-cop-2024-2/fr").statusCode()).isEqualTo(200);
        HttpResponse<String> bySymbol = get("works?symbol=CTOC/COP/2024/2");
        assertThat(bySymbol.statusCode()).isEqualTo(302);
        assertThat(bySymbol.headers().firstValue("Location")).hasValue("/works/ctoc-cop-2024-2/fr");
        assertThat(get("works/cop-session-12-report-2024-07-23/fr").statusCode()).isEqualTo(404);
        assertThat(seeded.store.themes().audit()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("correct-metadata");
            assertThat(a.after()).contains("symbol=CTOC/COP/2024/2");
        });
    }

    @Test
    void theCompendiumPageOffersItsEditionAsPdfDocxAndHtmlBuiltOnDemand() throws Exception {
        assertThat(get("compendium/WG.7").body()).contains("href=\"/compendium/WG.7/download/pdf\"");
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("compendium/WG.7/download/pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"compendium-WG.7-fr.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> docx = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("compendium/WG.7/download/docx"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(get("compendium/WG.7/download/html").body()).contains("I.22");
        assertThat(get("compendium/WG.7/download/exe").statusCode()).isEqualTo(404);
    }

    @Test
    void theCompendiumPageListsTheEditionsContentsLinesAndShowsItsIntroduction() throws Exception {
        String page = get("compendium/WG.7").body();
        // The contents lines of the PDF and DOCX: introduction, part A, its meetings, part B, its sessions, the index.
        assertThat(page).contains("<li class=\"contents-1\"><a href=\"#introduction\">Introduction</a></li>")
                .contains("<li class=\"contents-2\"><a href=\"#meeting-6\">VI. Sixième réunion, du 11 au 13 septembre 2019</a></li>")
                .contains("<li class=\"contents-2\"><a href=\"#session-5\">V. Cinquième session, du 18 au 22 octobre 2010</a></li>")
                .contains("<section id=\"introduction\">").contains("<section id=\"meeting-6\">").contains("<section id=\"session-5\">")
                .contains("l'ONUDD a établi, dans les six langues officielles");
    }

    @Test
    void theCompendiumPageAndTheHomePageLinkTheEditionInEachOfTheSixLanguages() throws Exception {
        String page = get("compendium/WG.7").body();
        for (String lang : new String[] {"ar", "zh", "en", "ru", "es"}) {
            assertThat(page).contains("href=\"/compendium/WG.7/download/pdf?lang=" + lang + "\"")
                    .contains("href=\"/compendium/WG.7/download/docx?lang=" + lang + "\"");
        }
        assertThat(get("").body()).contains("href=\"/compendium/WG.7\"").contains("href=\"/compendium/WG.7/download/pdf?lang=zh\"");
        String english = get("compendium/WG.7?lang=en").body();
        assertThat(english).contains("lang=\"en\" dir=\"ltr\"").contains("Thematic index of recommendations and relevant resolutions and decisions")
                .contains("<th scope=\"col\">Symbol</th>");
        assertThat(get("compendium/WG.7?lang=ar").body()).contains("dir=\"rtl\"").contains("الفهرس المواضيعي");
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("compendium/WG.7/download/pdf?lang=en"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"compendium-WG.7-en.pdf\"");
        assertThat(get("compendium/WG.7?lang=de").statusCode()).isEqualTo(400);
    }

    @Test
    void theChangesPageListsWhatTheEditionAddsSinceARecordedOne() throws Exception {
        org.compendium.publish.Edition first = new org.compendium.publish.EditionBuilder(seeded.store).build(new org.compendium.publish.EditionRequest(
                org.compendium.model.Body.WG_SOM, org.compendium.publish.NumberRange.parse("1-6"), org.compendium.publish.NumberRange.parse("1-6"), "fr"));
        org.compendium.publish.EditionSnapshot s = org.compendium.publish.EditionSnapshot.of(first);
        long id = seeded.store.editions().record(s.body(), s.language(), s.meetings(), s.sessions(), s.toJson(), java.time.Instant.now());
        String page = get("compendium/WG.7/changes?since=" + id).body();
        assertThat(page).contains("entries added").contains("<span class=\"ref\">VIII.1</span>").contains("CTOC/COP/WG.7 meeting 8 rec. 12");
        assertThat(get("compendium/WG.7/changes?since=999999").statusCode()).isEqualTo(404);
        assertThat(get("compendium/WG.7/changes?since=x").statusCode()).isEqualTo(400);
    }
}
