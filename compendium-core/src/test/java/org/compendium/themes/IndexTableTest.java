package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.Language;
import org.compendium.parse.grammar.IndexWording;
import org.junit.jupiter.api.Test;

/** Each messy row shape of a published index table, on small invented rows. */
class IndexTableTest {
    private static final IndexWording FRENCH = IndexWording.of(Language.FRENCH);
    private static final String HEADER_1 = "Thème\tParagraphe/ recommandations dans le recueil\tRapport de réunion\t\t\t";
    private static final String HEADER_2 = "\t\tCote\tRésolution/ décision\tParagraphe\tRecommandations";

    private static List<String> entries(IndexTable.Result r) {
        return r.entries().stream().map(e -> e.theme() + "|" + e.reference().part() + ":" + e.reference().label() + "|"
                + e.reportSymbol() + "|" + e.reportNumber() + "|" + e.instrument()).toList();
    }

    @Test
    void themeRowThenContinuationRowsWithALeadingTab() {
        IndexTable.Result r = IndexTable.read(List.of(HEADER_1, HEADER_2,
                "Thème un\tPartie A\t\t\t\t", "\tI.2\tCTOC/COP/WG.7/2012/6\t\t5\t", "\tIV.3\tCTOC/COP/WG.7/2017/5\t\t\t3"), FRENCH);
        assertThat(entries(r)).containsExactly("Thème un|A:I.2|CTOC/COP/WG.7/2012/6|5|null",
                "Thème un|A:IV.3|CTOC/COP/WG.7/2017/5|3|null");
        assertThat(r.themes()).containsExactly("Thème un");
    }

    @Test
    void aRowThatLostItsLeadingTabIsStillAContinuation() {
        IndexTable.Result r = IndexTable.read(List.of("Thème un\tI.2\tCTOC/COP/WG.7/2012/6\t\t5\t",
                "\tPartie B\t\t\t\t", "VI.3\tCTOC/COP/2012/15\tRésolution 6/3\t3\t\t"), FRENCH);
        assertThat(entries(r)).containsExactly("Thème un|A:I.2|CTOC/COP/WG.7/2012/6|5|null",
                "Thème un|B:VI.3|CTOC/COP/2012/15|3|Résolution 6/3");
    }

    @Test
    void mergedRowsMatchSymbolsAndNumbersByMeeting() {
        IndexTable.Result r = IndexTable.read(List.of("T\tIV.1\tCTOC/COP/WG.7/2017/5\t\t\t1",
                "T2\tI.15 et I.33 IV.11 Partie B : V.13\tCTOC/COP/WG.7/2012/6 CTOC/COP/WG.7/2017/5 CTOC/COP/2010/17\t\t18 et 36 13\t11"), FRENCH);
        assertThat(entries(r)).contains("T2|A:I.33|CTOC/COP/WG.7/2012/6|36|null", "T2|A:IV.11|CTOC/COP/WG.7/2017/5|11|null",
                "T2|B:V.13|CTOC/COP/2010/17|13|null");
    }

    @Test
    void suiteContinuesTheThemeAndANewThemeResetsToPartA() {
        IndexTable.Result r = IndexTable.read(List.of("T\tPartie B : V.5\tCTOC/COP/2010/17\tRésolution 5/3\t5\t",
                HEADER_1, HEADER_2, "T <i>(suite)</i>\tV.6\tCTOC/COP/2010/17\tRésolution 5/3\t6\t", "U\tV.6\tCTOC/COP/WG.7/2018/3\t\t8\t"), FRENCH);
        assertThat(r.themes()).containsExactly("T", "U");
        assertThat(entries(r)).extracting(s -> s.split("\\|")[1]).containsExactly("B:V.5", "B:V.6", "A:V.6");
    }

    @Test
    void linesWithoutATabAreCountedAsSkippedAndUnreadableCellsAreProblems() {
        IndexTable.Result r = IndexTable.read(List.of("**Index thématique", "T\tI.2 voir I.3\tX/1\t\t5\t",
                "Note : Les zones grisées ..."), FRENCH);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems()).singleElement().asString().contains("voir I.3").contains("T\tI.2");
    }
}
