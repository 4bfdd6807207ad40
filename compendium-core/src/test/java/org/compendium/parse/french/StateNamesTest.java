package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateNamesTest {
    private static final Set<String> NON_MEMBERS = Set.of("EUE", "VAT", "PSE");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Afrique du Sud                                         | ZAF
            Algérie                                                | DZA
            Bolivie (État plurinational de)                        | BOL
            Bolivie                                                | BOL
            Iran (République islamique d’)                         | IRN
            Iran (République islamique d')                         | IRN
            Iran (République islamique d ’)                        | IRN
            Iran (République{nl}{nl}islamique d’)                  | IRN
            Venezuela (République bolivarienne du)                 | VEN
            République de Corée                                    | KOR
            République populaire démocratique de Corée             | PRK
            République démocratique du Congo                       | COD
            Congo                                                  | COG
            Micronésie (États fédérés de)                          | FSM
            Royaume-Uni de Grande-Bretagne et d’Irlande du Nord    | GBR
            Royaume-Uni                                            | GBR
            Royaume -Uni                                           | GBR
            États-Unis d’Amérique                                  | USA
            États -Unis d’Amérique                                 | USA
            États -Unis{nl}{nl}d’Amérique                          | USA
            États-Unis                                             | USA
            ETATS-UNIS                                             | USA
            Fédération de Russie                                   | RUS
            Tchéquie                                               | CZE
            République tchèque                                     | CZE
            Türkiye                                                | TUR
            Turkiye                                                | TUR
            Turquie                                                | TUR
            Côte d’Ivoire                                          | CIV
            Côte d'Ivoire                                          | CIV
            Cote{nbsp}d’Ivoire                                     | CIV
            Eswatini                                               | SWZ
            Macédoine du Nord                                      | MKD
            Cabo Verde                                             | CPV
            Timor-Leste                                            | TLS
            Guinée                                                 | GIN
            Guinée-Bissau                                          | GNB
            Guinée équatoriale                                     | GNQ
            Niger                                                  | NER
            Nigéria                                                | NGA
            Dominique                                              | DMA
            République dominicaine                                 | DOM
            Soudan                                                 | SDN
            Soudan du Sud                                          | SSD
            Saint-Vincent-et-les Grenadines                        | VCT
            Saint-Vincent-et-les-Grenadines                        | VCT
            Pays-Bas                                               | NLD
            Îles Marshall                                          | MHL
            Iles Salomon                                           | SLB
            Sao Tomé-et-Principe                                   | STP
            Union européenne                                       | EUE
            Union  Européenne                                      | EUE
            Saint-Siège                                            | VAT
            Saint -Siège                                           | VAT
            État de Palestine                                      | PSE
            Israël                                                 | ISR
            Haïti                                                  | HTI
            Communauté européenne                                  | EUE
            Jamahiriya arabe libyenne                              | LBY
            ex-République yougoslave de Macédoine                  | MKD
            Swaziland                                              | SWZ
            Viet Nam                                               | VNM
            Vietnam                                                | VNM
            Ré publique de Corée                                   | KOR
                        """)
    void printedNamesResolveDespiteCaseAccentsAndPdfArtefacts(String printed, String id) {
        assertThat(StateNames.idOf(Fixtures.unescape(printed))).hasValue(id);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "Vienne", "Ordre souverain de Malte", "Corée", "Union africaine", "Guinée Nouvelle",
        "Kosovo"})
    void otherNamesDoNotResolve(String printed) {
        assertThat(StateNames.idOf(printed)).isEmpty();
    }

    @Test
    void nullDoesNotResolve() {
        assertThat(StateNames.idOf(null)).isEmpty();
    }

    @Test
    void theTableHoldsAll193MemberStatesThenTheObserversAndTheEu() {
        assertThat(StateNames.ids()).hasSize(196).containsAll(NON_MEMBERS);
        assertThat(StateNames.ids().stream().filter(id -> !NON_MEMBERS.contains(id))).hasSize(193);
    }

    @Test
    void identifiersAreIsoAlpha3Shaped() {
        Pattern alpha3 = Pattern.compile("[A-Z]{3}");
        assertThat(StateNames.ids()).allMatch(id -> alpha3.matcher(id).matches());
    }

    @Test
    void everyCanonicalNameResolvesToItsOwnIdentifier() {
        for (String id : StateNames.ids()) {
            assertThat(StateNames.idOf(StateNames.canonicalName(id))).as(id).hasValue(id);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            USA | États-Unis d’Amérique
            GBR | Royaume-Uni de Grande-Bretagne et d’Irlande du Nord
            BOL | Bolivie (État plurinational de)
            TUR | Türkiye
            CZE | Tchéquie
            EUE | Union européenne
            VAT | Saint-Siège
            PSE | État de Palestine
            """)
    void canonicalNamesAreTheUnFrenchShortNames(String id, String name) {
        assertThat(StateNames.canonicalName(id)).isEqualTo(name);
    }

    @Test
    void unknownIdentifiersHaveNoName() {
        assertThatThrownBy(() -> StateNames.canonicalName("XXX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateNames.canonicalName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
