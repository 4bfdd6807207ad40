package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The addressee and leading-verb readers, one row per rule (texts written for the test). */
class AddresseesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Les États parties devraient renforcer l'entraide.                           | states-parties
            Les États parties et leurs autorités nationales sont encouragés à agir.     | states-parties
            Les États devraient envisager de coopérer avec les États parties voisins.   | states
            Les États voudront peut-être examiner la question.                          | states
            Lorsqu'ils enquêtent, les États devraient protéger les témoins.             | states
            Prie instamment les États parties d'adopter des mesures ;                   | states-parties
            Prie l'Office des Nations Unies contre la drogue et le crime de continuer ; | secretariat
            Prie l’ONUDC de fournir une assistance technique ;                          | secretariat
            Prie le Secrétariat d'établir un rapport ;                                  | secretariat
            Invite les États parties et l'Office à coopérer ;                           | states-parties,secretariat
            Le Secrétariat devrait, dans la limite des ressources, aider les États.     | secretariat
            La Conférence devrait examiner la possibilité de créer un mécanisme.        | conference
            Décide que le Groupe de travail tiendra une réunion ;                       | working-group
            Le Groupe de travail devrait poursuivre ses travaux.                        | working-group
            Exhorte les États Membres à ratifier le Protocole ;                         | states
            Décide de poursuivre ses travaux sur la question des migrants ;             | -
            Renforcer la coopération internationale, en particulier avec l'ONUDC ;      | -
            Constate qu'il faut agir, prie instamment les États d'aider, et demande à l'Office de les appuyer ; | states,secretariat
            Prie l'Office de réaliser une étude, et invite les États parties à y contribuer ; | secretariat,states-parties
            Se félicite des travaux ; prie également le Secrétariat et la Conférence d'en tenir compte ; | secretariat,conference
            Note le rapport, et engage vivement les États Membres à le lire ;         | states
            Se félicite des travaux, et encourage la coopération avec les États parties ; | -
            Décide de poursuivre ses travaux, notamment avec les États parties et l'ONUDC ; | -
            Prend note du rapport et demande au Groupe de travail de poursuivre ses travaux ; | working-group
            """)
    void readsTheAddresseeFromItsPlace(String text, String expected) {
        List<String> codes = expected.equals("-") ? List.of() : Arrays.asList(expected.split(","));
        assertThat(Addressees.read(text)).isEqualTo(codes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -                  | Les États parties devraient renforcer l'entraide.               | devraient
            -                  | Les États parties sont encouragés à agir.                       | sont encouragés
            -                  | Les États voudront peut-être examiner la question.              | voudront peut-être
            -                  | Les États parties pourraient envisager d'agir.                  | pourraient
            -                  | La Conférence devrait examiner la question.                     | devrait
            -                  | Rappelant sa résolution 5/3, relative aux migrants,             | -
            *Prie instamment*  | *Prie instamment* les États parties d'adopter des mesures ;     | prie instamment
            Décide             | Décide de poursuivre ses travaux ;                              | décide
            """)
    void readsTheLeadingVerbOrTheModal(String parsed, String text, String expected) {
        assertThat(LeadingVerbs.of(parsed.equals("-") ? null : parsed, text)).isEqualTo(expected.equals("-") ? null : expected);
    }
}
