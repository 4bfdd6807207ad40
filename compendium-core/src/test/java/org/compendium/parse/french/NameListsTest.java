package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameListsTest {
    /** Expected names are separated by {@code ;} in the second column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Algérie, Afrique du Sud, Bolivie (État plurinational de), Chine, Union européenne et Venezuela (République bolivarienne du) | Algérie;Afrique du Sud;Bolivie (État plurinational de);Chine;Union européenne;Venezuela (République bolivarienne du)
            Brunéi Darussalam, Iran (République islamique d’), Népal, Pakistan, Saint-Siège et Yémen.                                 | Brunéi Darussalam;Iran (République islamique d’);Népal;Pakistan;Saint-Siège;Yémen
            Pakistan et Yémen.                                                                                                        | Pakistan;Yémen
            Chine                                                                                                                     | Chine
            Chine.                                                                                                                    | Chine
            Italie , Japon{nl}{nl}et Kenya                                                                                            | Italie;Japon;Kenya
            États -Unis{nl}{nl}d’Amérique, Fidji                                                                                      | États -Unis d’Amérique;Fidji
            Uruguay et{nl}{nl}Venezuela (République bolivarienne du).                                                                 | Uruguay;Venezuela (République bolivarienne du)
            Chine, France et Royaume-Uni de Grande-Bretagne et d’Irlande du Nord                                                      | Chine;France;Royaume-Uni de Grande-Bretagne et d’Irlande du Nord
            Chine, Royaume-Uni de Grande-Bretagne et d’Irlande du Nord et Zambie                                                      | Chine;Royaume-Uni de Grande-Bretagne et d’Irlande du Nord;Zambie
            Chine, Trinité-et-Tobago et Saint-Kitts-et-Nevis                                                                          | Chine;Trinité-et-Tobago;Saint-Kitts-et-Nevis
            Chine, France, et Zambie                                                                                                  | Chine;France;Zambie
            Chine,, France                                                                                                            | Chine;France
            Organisation (Paris, Vienne) et Chine                                                                                     | Organisation (Paris, Vienne);Chine
            A{nbsp}B,{nbsp}C                                                                                                          | A B;C
            """)
    void enumerationsSplitOnCommasAndTheFinalEtButNotInsideParentheses(String list, String expected) {
        assertThat(NameLists.split(Fixtures.unescape(list))).containsExactly(expected.split(";"));
    }

    @Test
    void emptyInputHasNoNames() {
        assertThat(NameLists.split(null)).isEmpty();
        assertThat(NameLists.split("")).isEmpty();
        assertThat(NameLists.split(" .\n")).isEmpty();
    }

    @Test
    void joiningTheNamesBackGivesTheSameNames() {
        String[] names = {"Afrique du Sud", "Iran (République islamique d’)", "Micronésie (États fédérés de)",
            "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "Venezuela (République bolivarienne du)"};
        String list = String.join(", ", Arrays.copyOf(names, names.length - 1)) + " et " + names[names.length - 1]
                + ".";
        assertThat(NameLists.split(list)).containsExactly(names);
    }
}
