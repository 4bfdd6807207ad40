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
        assertThat(get("works/not-a-work/fr").statusCode()).isEqualTo(400);
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
}
