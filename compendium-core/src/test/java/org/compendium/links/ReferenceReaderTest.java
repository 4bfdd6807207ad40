package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.compendium.model.TreatyInstrument;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading references from French fixtures written in the shape of COP and working-group texts. */
class ReferenceReaderTest {
    private final ReferenceReader reader = new ReferenceReader(ReferenceLanguage.FRENCH);

    private List<String> read(String text, TreatyInstrument protocol) {
        return reader.read(text, protocol).stream().map(r -> r.type().code() + " " + r.target() + " «" + r.written() + "»")
                .toList();
    }

    @Test
    void theConferencesOwnResolutionsAndDecisionsAloneOrInLists() {
        assertThat(read("Rappelant sa résolution 5/3,", null)).containsExactly("cop-resolution COP res. 5/3 «5/3»");
        assertThat(read("Rappelant ses résolutions 5/2, 6/3, 8/1 et 10/3 sur le trafic,", null)).containsExactly(
                "cop-resolution COP res. 5/2 «5/2»", "cop-resolution COP res. 6/3 «6/3»",
                "cop-resolution COP res. 8/1 «8/1»", "cop-resolution COP res. 10/3 «10/3»");
        assertThat(read("Rappelant ses résolutions 7/1 du 19 octobre 2014 et 9/2 et ses décisions 2/3 et 4/5,", null))
                .containsExactly("cop-resolution COP res. 7/1 «7/1 du 19 octobre 2014»", "cop-resolution COP res. 9/2 «9/2»",
                        "cop-decision COP dec. 2/3 «2/3»", "cop-decision COP dec. 4/5 «4/5»");
        assertThat(read("conformément à la décision 4/5 et à la présente décision", null))
                .containsExactly("cop-decision COP dec. 4/5 «4/5»");
    }

    @Test
    void anotherBodysResolutionIsTypedByTheBodyNamedAfterOrBeforeItNeverGuessed() {
        assertThat(read("Rappelant la résolution 70/1 de l'Assemblée générale,", null))
                .containsExactly("ga-resolution A/RES/70/1 «70/1»");
        assertThat(read("l'Assemblée générale a adopté la résolution 78/228 et la résolution 78/229.", null))
                .containsExactly("ga-resolution A/RES/78/228 «78/228»", "ga-resolution A/RES/78/229 «78/229»");
        assertThat(read("La Commission a adopté la résolution 31/2. Le Conseil de sécurité, dans sa résolution 2240 (2015),", null))
                .containsExactly("other-instrument CCPCJ res. 31/2 «31/2»", "sc-resolution S/RES/2240 (2015) «2240 (2015)»");
        // A number no COP session could have, and no body named: typed as another body's, with the body unknown.
        assertThat(read("comme le prévoit la résolution 41/7,", null)).containsExactly("other-instrument res. 41/7 «41/7»");
        assertThat(read("Le Conseil des droits de l'homme s'est réuni. Dans sa résolution 53/9, il a rappelé", null))
                .containsExactly("other-instrument HRC res. 53/9 «53/9»");
    }

    @Test
    void treatyArticlesWithTheirParagraphAndTreaty() {
        assertThat(read("les actes énoncés à l'article 6 du Protocole relatif aux migrants", null))
                .containsExactly("treaty-article SOM Protocol art. 6 «l'article 6»");
        assertThat(read("conformément au paragraphe 3 de l'article 32 de la Convention, et à l'article 8, paragraphe 6, "
                + "dudit Protocole", TreatyInstrument.TRAFFICKING_PROTOCOL)).containsExactly(
                        "treaty-article UNTOC art. 32(3) «au paragraphe 3 de l'article 32»",
                        "treaty-article TIP Protocol art. 8(6) «l'article 8, paragraphe 6,»");
        assertThat(read("les articles 15 et 16 du Protocole contre le trafic illicite de migrants par terre, air et mer", null))
                .containsExactly("treaty-article SOM Protocol art. 15 «articles 15 et 16»",
                        "treaty-article SOM Protocol art. 16 «articles 15 et 16»");
        // "the Protocol" of a text whose Protocol is not known, an article of something that is not a treaty, and
        // another convention than ours by its name.
        assertThat(read("l'article 9 du Protocole et l'article 2 de son Règlement intérieur, et l'article 36 de la "
                + "Convention de Vienne sur les relations consulaires", null)).containsExactly(
                        "treaty-article art. 9 «l'article 9»", "treaty-article art. 2 «l'article 2»",
                        "treaty-article art. 36 «l'article 36»");
    }

    @Test
    void documentSymbolsLoseTheSpacesPdfExtractionLeftAndTheFinalFullStop() {
        assertThat(read("saisi du document CTOC/COP/WG.7/ 2021/3 et de la résolution A/RES/55/25.", null)).containsExactly(
                "document-symbol CTOC/COP/WG.7/2021/3 «CTOC/COP/WG.7/ 2021/3»", "ga-resolution A/RES/55/25 «A/RES/55/25»");
    }

    @Test
    void theFrenchDataSaysWhichProtocolADocumentMeans() {
        assertThat(ReferenceLanguage.FRENCH.protocolOf(org.compendium.model.Body.WG_SOM, null)).isEqualTo(TreatyInstrument.SMUGGLING_PROTOCOL);
        assertThat(ReferenceLanguage.FRENCH.protocolOf(org.compendium.model.Body.COP,
                "Application du Protocole visant à prévenir, réprimer et punir la traite des personnes")).isEqualTo(TreatyInstrument.TRAFFICKING_PROTOCOL);
        assertThat(ReferenceLanguage.FRENCH.protocolOf(org.compendium.model.Body.COP, "Rapport")).isNull();
    }

    @Test
    void anUnresolvableReferenceIsKeptAsUnresolvedNeverDropped() {
        List<Reference> refs = StoredWorks.of(Set.of(Work.CopInstrument.of(Work.InstrumentKind.RESOLUTION, "5/3"))).resolve(
                reader.read("Rappelant ses résolutions 5/3 et 99/1 et l'article 6 du Protocole relatif aux migrants", null));
        assertThat(refs).extracting(Reference::target, Reference::resolved).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COP res. 5/3", true),
                org.assertj.core.groups.Tuple.tuple("res. 99/1", false),
                org.assertj.core.groups.Tuple.tuple("SOM Protocol art. 6", false));
        assertThat(refs.getFirst().storedWork()).hasToString("COP res. 5/3");
        assertThat(refs.get(2).article()).hasToString("SOM Protocol art. 6");
    }

    /** Random mixtures of reference words and numbers: never an exception, every offset names the words written. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyTextReadsWithOffsetsThatPointAtTheWrittenWords(long seed) {
        Random r = new Random(seed);
        String[] parts = {"résolution", "résolutions", "décision", "5/3", "70/1", "2698 (2023)", "et", ",", "article", "6",
                "paragraphe", "de", "l'", "du", "Protocole", "Convention", "Assemblée générale", ".", "CTOC/COP/", "2021/3",
                "du 22 octobre 2010", "sa", "ses", "la"};
        for (int k = 0; k < 200; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = r.nextInt(25); i < n; i++) {
                sb.append(parts[r.nextInt(parts.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            for (Reference ref : reader.read(text, TreatyInstrument.SMUGGLING_PROTOCOL)) {
                assertThat(text.substring(ref.start(), ref.end())).as(text).isEqualTo(ref.written());
            }
        }
    }
}
