package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.grammar.Bylines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document's title is its subject, not its masthead nor the titles of what it reproduces: a COP session report is
 * titled by its own title page (before, by the titles of the resolutions it reproduces, run together), and a
 * Secretariat report under its masthead by the subject line above its byline (before, by the whole masthead).
 */
class DocumentTitleTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aSessionReportIsTitledByItsOwnTitlePage(Language language) throws Exception {
        String text = LanguageFixtures.text("cop-report", language);
        // The fixture's title page: its symbol, then its title (the report of the session), then chapter I.
        String title = text.strip().split("\\n\\s*\\n")[1].strip();
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("cop-report", language));
        assertThat(d.metadata().type()).isEqualTo(DocumentType.SESSION_REPORT);
        assertThat(title).doesNotContain("13/1");
        assertThat(d.metadata().title()).isEqualTo(title.length() > 300 ? title.substring(0, 300).strip() + "…" : title);
    }

    @Test
    void aSecretariatReportUnderItsMastheadIsTitledByTheSubjectAboveItsByline() throws Exception {
        String text = """
                United Nations                                                   CTOC/COP/2024/4
                Conference of the Parties to the                                 Distr.: General
                United Nations Convention against                                23 July 2024
                Transnational Organized Crime
                                                                                 Original: English
                Twelfth session
                Vienna, 14–18 October 2024
                Item 3 (a) of the provisional agenda

                          Activities of the United Nations Office on Drugs and Crime to support
                          the implementation of the Trafficking in Persons Protocol

                          Report of the Secretariat

                 I. Introduction
                1.   In its resolution 11/5, the Conference of the Parties requested the United Nations
                Office on Drugs and Crime to continue to assist States parties in the implementation of
                the Protocol, and to report to the Conference at its twelfth session.
                2.   The present report describes the activities undertaken by the Office between
                July 2022 and June 2024.
                """;
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("secretariat-masthead.txt", text));
        assertThat(d.metadata().type()).isEqualTo(DocumentType.SECRETARIAT_REPORT);
        assertThat(d.metadata().title()).isEqualTo("Activities of the United Nations Office on Drugs and Crime to support "
                + "the implementation of the Trafficking in Persons Protocol");
        assertThat(d.provisions()).hasSize(2);
    }

    @Test
    void bylinesAreReadInTheSixLanguages() {
        assertThat(List.of("Report of the Secretariat", "Note by the Secretariat", "Rapport du Secrétariat", "Note du Secrétariat",
                "Informe de la Secretaría", "Доклад Секретариата", "تقرير الأمانة", "مذكرة من الأمانة", "秘书处的报告", " 秘书处的说明 "))
                .allMatch(Bylines::isByline);
        assertThat(List.of("Report of the Secretariat on its activities", "Rapport", "Secretariat", "秘书处的报告和建议"))
                .noneMatch(Bylines::isByline);
    }
}
