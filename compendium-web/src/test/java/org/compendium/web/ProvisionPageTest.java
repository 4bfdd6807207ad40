package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.ProvisionEntry;
import org.compendium.links.Lineage;
import org.compendium.links.WordDiff;
import org.compendium.links.WorkDates;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ProvisionKind;
import org.compendium.store.DocumentSummary;
import org.compendium.themes.SimilarProvision;
import org.compendium.themes.Suggestion;
import org.compendium.web.catalogue.DocumentOutline;
import org.compendium.web.catalogue.ProvisionContext;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.Test;

/** The provision page's HTML, rendered from its template without a server: suggestion reasons in the page's language. */
class ProvisionPageTest {
    private static final PageRenderer RENDERER = new PageRenderer();

    private static final SimilarProvision I_22 = new SimilarProvision("CTOC/COP/WG.7 meeting 1 rec. 22", "I.22");
    private static final SimilarProvision V_7 = new SimilarProvision("CTOC/COP/WG.7 meeting 5 rec. 7", "V.7");
    private static final String I_22_LINK = "<a href=\"/provisions/CTOC%2FCOP%2FWG.7%20meeting%201%20rec.%2022\" "
            + "title=\"CTOC/COP/WG.7 meeting 1 rec. 22\">I.22</a>";
    private static final String V_7_LINK = "<a href=\"/provisions/CTOC%2FCOP%2FWG.7%20meeting%205%20rec.%207\" "
            + "title=\"CTOC/COP/WG.7 meeting 5 rec. 7\">V.7</a>";

    private static Suggestion suggestion(String themeId, List<SimilarProvision> similar, List<String> words) {
        return new Suggestion(themeId, themeId, 0.42, new Suggestion.Reason(similar, words), null);
    }

    private static String render(UiLanguage lang, List<Suggestion> suggestions) {
        return render(lang, suggestions, Optional.empty());
    }

    private static String render(UiLanguage lang, List<Suggestion> suggestions, Optional<Lineage.Timeline> lineage) {
        return render(lang, suggestions, lineage, List.of());
    }

    private static String render(UiLanguage lang, List<Suggestion> suggestions, Optional<Lineage.Timeline> lineage,
            List<org.compendium.links.Reference> references) {
        ParsedDocument doc = SeededServer.hostileDocument();
        DocumentSummary summary = new DocumentSummary(7, doc.source(), doc.sha256(), doc.metadata().type(),
                doc.metadata().body(), doc.metadata().meeting(), doc.metadata().session(), doc.metadata().dates(),
                doc.metadata().symbol(), doc.metadata().title(), null, doc.metadata().language(), doc.provisions().size(), Instant.EPOCH,
                doc.work());
        ProvisionContext context = ProvisionContext.of(DocumentOutline.of(summary, doc), 1, List.of()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("page", new Page(lang, Messages.of(lang), "?lang=" + lang.other().code(), "", null, ""));
        model.put("context", context);
        model.put("similar", Optional.empty());
        model.put("themes", List.of());
        model.put("suggestions", suggestions);
        model.put("labels", Map.of());
        model.put("vocabulary", List.of());
        model.put("flash", Optional.empty());
        model.put("versions", List.of());
        model.put("lineage", lineage);
        model.put("linkFlash", Optional.empty());
        model.put("references", Optional.of(new org.compendium.links.ProvisionReferences.Found(summary,
                context.provision(), Optional.of(org.compendium.model.Language.FRENCH), references,
                references.isEmpty() ? Map.of() : Map.of(references.getFirst().target(), org.compendium.store.LinkStore.Verdict.REJECTED))));
        return RENDERER.html("provision.jte", model);
    }

    @Test
    void aSuggestionsReasonIsWordedInFrenchOnTheFrenchPageEachSimilarLabelLinkingToItsProvision() {
        String html = render(UiLanguage.FR, List.of(suggestion("corruption", List.of(I_22, V_7), List.of("corruption"))));
        assertThat(html).contains("<p class=\"reason\">proche de " + I_22_LINK + ", " + V_7_LINK + " ; mots : corruption</p>")
                .doesNotContain("similar to").doesNotContain("words:");
    }

    @Test
    void aSuggestionsReasonIsWordedInEnglishOnTheEnglishPage() {
        String html = render(UiLanguage.EN, List.of(suggestion("corruption", List.of(I_22, V_7), List.of("corruption"))));
        assertThat(html).contains("<p class=\"reason\">similar to " + I_22_LINK + ", " + V_7_LINK + "; words: corruption</p>");
    }

    @Test
    void anEmptyPartOfAReasonIsLeftOutInEitherLanguage() {
        assertThat(render(UiLanguage.FR, List.of(suggestion("a", List.of(), List.of("migrant", "trafic")))))
                .contains("<p class=\"reason\">mots : migrant, trafic</p>");
        assertThat(render(UiLanguage.FR, List.of(suggestion("a", List.of(I_22), List.of()))))
                .contains("<p class=\"reason\">proche de " + I_22_LINK + "</p>");
        assertThat(render(UiLanguage.EN, List.of(suggestion("a", List.of(), List.of()))))
                .contains("<p class=\"reason\"></p>");
    }

    @Test
    void markupInAReasonIsShownAsTextAndACitationIsEncodedInTheLink() {
        SimilarProvision hostile = new SimilarProvision("CTOC/COP/WG.7/2099 rec. 1\"><script>alert(4)</script>", "<b>I.1</b>");
        String html = render(UiLanguage.FR, List.of(suggestion("a", List.of(hostile), List.of("<script>alert(3)</script>"))));
        assertThat(html).contains("proche de <a href=\"/provisions/CTOC%2FCOP%2FWG.7%2F2099%20rec.%201%22%3E%3Cscript%3Ealert%284%29%3C%2Fscript%3E\"")
                // In an attribute JTE escapes the quote and <, enough to keep the attribute closed and no tag open.
                .contains("title=\"CTOC/COP/WG.7/2099 rec. 1&#34;>&lt;script>alert(4)&lt;/script>\">&lt;b&gt;I.1&lt;/b&gt;</a>")
                .contains(" ; mots : &lt;script")
                .doesNotContain("<script>alert(3)").doesNotContain("<script>alert(4)").doesNotContain("<b>I.1");
    }

    private static ProvisionEntry entry(String citation, String text) {
        return new ProvisionEntry(Citation.parse(citation), text, "fr", ProvisionKind.RECOMMENDATION, null, List.of(), null,
                List.of(), List.of(), Body.WG_SOM, null, null, null, null, DocumentType.MEETING_REPORT, "x.txt", "00", null, 0);
    }

    @Test
    void theLineageTimelineMarksTheChangesAndShowsMarkupInEitherTextAsText() {
        ProvisionEntry older = entry("CTOC/COP/WG.7 meeting 98 rec. 1", "Les États <b>devraient</b> coopérer pleinement entre eux dans ce domaine.");
        ProvisionEntry newer = entry("CTOC/COP/WG.7 meeting 99 rec. 1", SeededServer.HOSTILE_TEXT);
        WordDiff diff = WordDiff.betweenIgnoringCase(older.text(), newer.text());
        Lineage.Link link = new Lineage.Link(older, newer, Lineage.Type.ADAPTS, diff.alignment(), diff,
                new WorkDates.WorkDate(java.time.LocalDate.of(2098, 3, 1), false), null, Lineage.Origin.CONFIRMED);
        Lineage.Timeline timeline = new Lineage.Timeline(newer, null, List.of(link), List.of());
        String html = render(UiLanguage.EN, List.of(), Optional.of(timeline));
        assertThat(html).contains("<li class=\"lineage-item lineage-ancestor\" data-citation=\"CTOC/COP/WG.7 meeting 98 rec. 1\" data-type=\"adapts\">")
                .contains("<time>2098-03-01</time>")
                .contains("Les États &lt;<del>b</del><ins>script</ins>&gt;<del>devraient</del><ins>alert(1)</ins>&lt;/<del>b</del>")
                .contains("<ins>&amp;amp; **bold** devraient</ins> coopérer <del>pleinement entre eux dans ce domaine</del>.")
                .contains("confirmed by an editor")
                .contains("<time>date unknown</time>")
                .doesNotContain("<script>alert").doesNotContain("<b>devraient");
        assertThat(render(UiLanguage.EN, List.of())).contains("Lineage needs the search index");
    }

    @Test
    void aReferenceIsListedWithItsTargetAndVerdictAndMarkupInItsWordsIsShownAsText() {
        var unresolved = new org.compendium.links.Reference(org.compendium.links.ReferenceType.COP_RESOLUTION,
                org.compendium.model.Work.parse("COP res. 5/2"), null, "COP res. 5/2", "5/2 <script>alert(5)</script>", 0, 10, null);
        String html = render(UiLanguage.EN, List.of(), Optional.empty(), List.of(unresolved));
        assertThat(html).contains("<li class=\"reference\" data-target=\"COP res. 5/2\" data-type=\"cop-resolution\" data-verdict=\"rejected\">")
                .contains("5/2 &lt;script&gt;alert(5)&lt;/script&gt;")
                .contains("not stored (unresolved)").contains("rejected by an editor")
                .doesNotContain("<script>alert(5)")
                // A reader (no editor session) gets no form.
                .doesNotContain("Reject reference");
        assertThat(render(UiLanguage.EN, List.of())).contains("This provision names no other instrument");
    }
}
