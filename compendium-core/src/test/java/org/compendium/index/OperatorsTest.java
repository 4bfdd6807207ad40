package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which queries are read with the classic syntax: only those that use one of its operators. */
class OperatorsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            traite des personnes                           | false
            Enfants (non accompagnés/ séparés)             | false
            Attaché(e)s de liaison                         | false
            Coopération internationale (centres pluri- institutions) | false
            Objet : trafic de migrants                     | false
            comment protéger les témoins?                  | false
            Sud-Sud et triangulaire                        | false
            CTOC/COP/WG.7/2021/3                           | false
            TRAITE ET TRAFIC                               | false
            "voies de migration régulière"                 | true
            traite OR trafic                               | true
            traite AND victimes                            | true
            NOT enfants                                    | true
            traite -enfants                                | true
            +traite victimes                               | true
            body:WG.4 victimes                             | true
            foo:bar                                        | true
            migra*                                         | true
            te?t                                           | true
            migrants~                                      | true
            traite^2 trafic                                | true
            traite && trafic                               | true
            accompagnés\\/ séparés                         | true
            """)
    void anOperatorMakesTheQueryAdvanced(String query, boolean advanced) {
        assertThat(Operators.usedIn(query)).isEqualTo(advanced);
    }
}
