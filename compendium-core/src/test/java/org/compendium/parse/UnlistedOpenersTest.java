package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A preamble whose paragraphs open with verbs a drafter chose outside the grammar's lists (written for this test,
 * in the shape of General Assembly and COP resolutions): each paragraph is still a preambular paragraph of its own,
 * with its leading verb, and none is glued to the one above — which is what an unread opener did before.
 */
class UnlistedOpenersTest {

    private static final String ENGLISH = """
            Resolution 15/4
            Preventing trafficking in persons in supply chains

            The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,
            Recalling its resolution 14/5 on the implementation of the Trafficking in Persons Protocol,
            Cognizant of the role of the private sector in preventing trafficking in persons for forced labour,
            Striving to ensure that public procurement does not contribute to trafficking in persons,
            Deeply troubled by the number of victims identified in global supply chains,
            Upholding the principle that victims shall not be punished for acts they were compelled to commit,
            1. Strongly condemns trafficking in persons for the purpose of forced labour;
            2. Requests the Secretariat to report on the implementation of the present resolution.
            """;

    private static final String SPANISH = """
            Resolución 15/4
            Prevención de la trata de personas en las cadenas de suministro

            La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,
            Recordando su resolución 14/5 relativa a la aplicación del Protocolo contra la Trata de Personas,
            Procurando que la contratación pública no contribuya a la trata de personas,
            Hondamente preocupada por el número de víctimas detectadas en las cadenas de suministro,
            Velando por que las víctimas no sean castigadas por actos que se vieron obligadas a cometer,
            1. Condena enérgicamente la trata de personas con fines de trabajo forzoso;
            2. Solicita a la Secretaría que informe sobre la aplicación de la presente resolución.
            """;

    private static final String FRENCH = """
            Résolution 15/4
            Prévention de la traite des personnes dans les chaînes d’approvisionnement

            La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,
            Rappelant sa résolution 14/5 sur l’application du Protocole relatif à la traite des personnes,
            Vivement préoccupée par le nombre de victimes identifiées dans les chaînes d’approvisionnement,
            Profondément alarmée par le recours au travail forcé dans les marchés publics,
            1. Condamne fermement la traite des personnes aux fins de travail forcé;
            2. Prie le Secrétariat de faire rapport sur l’application de la présente résolution.
            """;

    private static final String ARABIC = """
            القرار 15/4
            منع الاتجار بالأشخاص في سلاسل الإمداد

            إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،
            إذ يشير إلى قراره 14/5 بشأن تنفيذ بروتوكول الاتجار بالأشخاص،
            وإذ يقلقه عدد الضحايا الذين يُكشف عنهم في سلاسل الإمداد العالمية،
            وإذ يستذكر أيضا أن الضحايا لا ينبغي أن يعاقبوا على أفعال أُرغموا على ارتكابها،
            1 - يدين بشدة الاتجار بالأشخاص لغرض العمل القسري؛
            2 - يطلب إلى الأمانة أن تقدم تقريرا عن تنفيذ هذا القرار.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | Recalling,Cognizant,Striving,Deeply troubled,Upholding | Strongly condemns,Requests",
            "es | Recordando,Procurando,Hondamente preocupada,Velando | Condena enérgicamente,Solicita",
            "fr | Rappelant,Vivement préoccupée,Profondément alarmée | Condamne fermement,Prie",
            "ar | إذ يشير,وإذ يقلقه,وإذ يستذكر أيضا | يدين بشدة,يطلب"})
    void everyPreambularParagraphStandsAloneWithItsVerb(String code, String preambular, String operative) throws Exception {
        String text = switch (code) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ARABIC;
        };
        ParsedDocument d = new DocumentParser().parse(
                new SourceText("res-" + code + ".txt", SourceFormat.TEXT, text, "0".repeat(64), text.length()), Language.fromCode(code));
        List<String> pp = verbs(d, ProvisionKind.PREAMBULAR);
        assertThat(pp).containsExactly(preambular.split(","));
        assertThat(verbs(d, ProvisionKind.OPERATIVE)).containsExactly(operative.split(","));
        assertThat(d.coverage().ratio()).isEqualTo(1.0);
    }

    private static List<String> verbs(ParsedDocument d, ProvisionKind kind) {
        return d.provisions().stream().filter(p -> p.kind() == kind).map(Provision::leadingVerb).toList();
    }
}
