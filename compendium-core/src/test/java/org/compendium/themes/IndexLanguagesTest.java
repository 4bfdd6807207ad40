package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.parse.grammar.IndexWording;
import org.junit.jupiter.api.Test;

/**
 * The alignment of one scope's indexes in two languages, on small invented indexes: themes are matched by the
 * provisions they link to, in any order; what does not match or differs is reported, never merged silently.
 */
class IndexLanguagesTest {
    private static final Citation R1 = Citation.parse("CTOC/COP/WG.7 meeting 9 rec. 1");
    private static final Citation R2 = Citation.parse("CTOC/COP/WG.7 meeting 9 rec. 2");
    private static final Citation R3 = Citation.parse("CTOC/COP/WG.7 meeting 9 rec. 3");
    private static final Citation R4 = Citation.parse("CTOC/COP/WG.7 meeting 9 rec. 4");
    /** A recommendation of a meeting only the English compendium covers. */
    private static final Citation LATER = Citation.parse("CTOC/COP/WG.7 meeting 10 rec. 1");

    private static Theme theme(String id, String language, String label) {
        return new Theme(id, Map.of(language, label), null, Body.WG_SOM);
    }

    private static ThemeLink link(String theme, Citation c) {
        return new ThemeLink(theme, c, null, null, null, null);
    }

    private static IndexLanguages.Resolved index(String source, Language language, List<Theme> themes, List<ThemeLink> links,
                                                 Set<Citation> provisions) {
        IndexTable.Result table = IndexTable.read(List.of(), IndexWording.of(language));
        return new IndexLanguages.Resolved(new IndexImport.Result(source, language, themes, links, 0, List.of(), table),
                provisions);
    }

    private static final IndexLanguages.Resolved FRENCH = index("recueil-fr.docx", Language.FRENCH,
            List.of(theme("victimes", "fr", "Victimes"), theme("passeurs", "fr", "Passeurs"), theme("medias", "fr", "Médias")),
            List.of(link("victimes", R1), link("victimes", R2), link("passeurs", R3), link("medias", R4)),
            Set.of(R1, R2, R3, R4));

    @Test
    void themesAlignByTheirProvisionsWhateverTheirOrderAndTheOtherLanguagesLabelsAreAdded() {
        // The English index sorts its themes alphabetically in English, and covers one more meeting.
        IndexLanguages.Merged m = IndexLanguages.merge(List.of(index("compendium-en.docx", Language.ENGLISH,
                List.of(theme("media", "en", "Media"), theme("smugglers", "en", "Smugglers"), theme("victims", "en", "Victims")),
                List.of(link("media", R4), link("smugglers", R3), link("victims", R1), link("victims", R2), link("victims", LATER)),
                Set.of(R1, R2, R3, R4, LATER)), FRENCH));

        assertThat(m.themes()).extracting(t -> t.id() + " " + new java.util.TreeMap<>(t.labels())).containsExactly(
                "victimes {en=Victims, fr=Victimes}", "passeurs {en=Smugglers, fr=Passeurs}", "medias {en=Media, fr=Médias}");
        assertThat(m.links()).extracting(l -> l.themeId() + " " + l.citation()).containsExactly("victimes " + R1, "victimes " + R2,
                "passeurs " + R3, "medias " + R4, "victimes " + LATER);
        assertThat(m.results()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void aThemeMatchingNoneAndAThemeThatDiffersAreReportedAndThePrimarysLinksKept() {
        IndexLanguages.Merged m = IndexLanguages.merge(List.of(FRENCH, index("compendium-en.docx", Language.ENGLISH,
                List.of(theme("victims", "en", "Victims"), theme("smugglers", "en", "Smugglers"), theme("gender", "en", "Gender")),
                List.of(link("victims", R1), link("victims", R2), link("victims", R3), link("smugglers", R3), link("gender", R4)),
                Set.of(R1, R2, R3, R4))));

        // "Victims" shares 2 of 3 with "Victimes" (aligned, difference reported); "Gender" takes "Médias"' only link, 100%.
        assertThat(m.themes()).extracting(t -> t.labels().get("en")).containsExactly("Victims", "Smugglers", "Gender");
        assertThat(m.links()).hasSize(4);
        assertThat(m.results().get(1).problems()).singleElement().asString()
                .contains("'Victims' of compendium-en.docx aligns with 'Victimes'", "[" + R3 + "] only in en", "[] only in fr");

        IndexLanguages.Merged none = IndexLanguages.merge(List.of(FRENCH, index("compendium-en.docx", Language.ENGLISH,
                List.of(theme("victims", "en", "Victims"), theme("other", "en", "Other")),
                List.of(link("victims", R1), link("other", R2), link("other", R3), link("other", R4)), Set.of(R1, R2, R3, R4))));
        // "Victims" shares half of its links with "Victimes" (the least for an alignment); "Other" at most a third with any.
        assertThat(none.themes()).extracting(t -> t.labels().get("en")).containsExactly("Victims", null, null);
        assertThat(none.results().get(1).problems()).hasSize(2).anySatisfy(p -> assertThat(p)
                .contains("theme 'Other' of compendium-en.docx matches no theme of recueil-fr.docx (at most 33% of its links in common): left out"));
    }
}
