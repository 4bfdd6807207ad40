package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.compendium.model.Language;
import org.compendium.model.TreatyInstrument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The treaty tables: article headings in each language's numbering, and the instrument each title names. */
class TreatyGrammarTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Article 6              | 6
            en | ## Article 18          | 18
            en | Article 6 bis          | -1
            en | Article 6. Scope       | -1
            fr | Article premier        | 1
            fr | Article 12             | 12
            es | Artículo primero       | 1
            es | Artículo 8             | 8
            ru | Статья 3               | 3
            ar | المادة 6               | 6
            ar | المادة ١٢              | 12
            zh | 第六条                  | 6
            zh | 第十八条                | 18
            zh | 第 6 条                 | 6
            zh | 第二十条之一            | -1
            """)
    void anArticleHeadingGivesItsNumber(String language, String line, int expected) {
        OptionalInt n = TreatyGrammar.of(Language.fromCode(language)).articleNumber(line);
        assertThat(n.isPresent() ? n.getAsInt() : -1).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime | SMUGGLING_PROTOCOL
            en | United Nations Convention against Transnational Organized Crime | CONVENTION
            en | Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children | TRAFFICKING_PROTOCOL
            fr | Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions | FIREARMS_PROTOCOL
            ru | Конвенция Организации Объединенных Наций против транснациональной организованной преступности | CONVENTION
            zh | 联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书 | TRAFFICKING_PROTOCOL
            zh | 联合国打击跨国有组织犯罪公约 | CONVENTION
            ar | بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو | SMUGGLING_PROTOCOL
            en | Recalling the Protocol against the Smuggling of Migrants by Land, Sea and Air, | NONE
            """)
    void aTitleNamesItsInstrumentAndAMentionNone(String language, String line, String expected) {
        TreatyInstrument found = TreatyGrammar.of(Language.fromCode(language)).instrument(line);
        assertThat(found == null ? "NONE" : found.name()).isEqualTo(expected);
    }
}
