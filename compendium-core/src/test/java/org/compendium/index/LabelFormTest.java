package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The qualifier of a query copied from a thematic index as {@code Head (qualifier)}, and the queries that are not. */
class LabelFormTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Système de justice pénale (enquêtes financières)|enquêtes financières",
        "Enfants (non accompagnés/ séparés)|non accompagnés/ séparés",
        "  Intervenants (société civile)  |société civile",
        "Criminal justice system (witness protection)|witness protection",
        "(enquêtes financières)|-",
        "Attaché(e)s de liaison|-",
        "Système (a) (b)|-",
        "enquêtes (financières) en cours|-",
        "Enfants ( )|-",
        "traite des personnes|-"})
    void aLabelIsAHeadThenOneParenthesisedQualifierEndingTheQuery(String query, String qualifier) {
        assertThat(LabelForm.qualifier(query)).isEqualTo(Optional.ofNullable(qualifier));
    }
}
