package org.compendium.parse.grammar;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compendium.model.Language;

/**
 * The line under a Secretariat document's subject that says who wrote it — {@code Report of the Secretariat},
 * {@code Note by the Secretariat}, {@code Rapport du Secrétariat}, {@code 秘书处的报告} — in the six languages: the
 * document's title is the block just above it. Any language's byline is recognised in any document, so a document
 * whose language was read wrongly still gets its title.
 */
public final class Bylines {
    private static final Map<Language, List<String>> BYLINES = Map.of(
            Language.ENGLISH, List.of("Report of the Secretariat", "Note by the Secretariat", "Report by the Secretariat",
                    "Note by the Secretary-General", "Report of the Secretary-General", "Background paper prepared by the Secretariat",
                    "Working paper prepared by the Secretariat"),
            Language.FRENCH, List.of("Rapport du Secrétariat", "Note du Secrétariat", "Note du Secrétaire général",
                    "Rapport du Secrétaire général", "Document d’information établi par le Secrétariat",
                    "Document d'information établi par le Secrétariat", "Document de travail établi par le Secrétariat"),
            Language.SPANISH, List.of("Informe de la Secretaría", "Nota de la Secretaría", "Nota del Secretario General",
                    "Informe del Secretario General", "Documento de antecedentes preparado por la Secretaría",
                    "Documento de trabajo preparado por la Secretaría"),
            Language.RUSSIAN, List.of("Доклад Секретариата", "Записка Секретариата", "Записка Генерального секретаря",
                    "Доклад Генерального секретаря", "Справочный документ, подготовленный Секретариатом",
                    "Рабочий документ, подготовленный Секретариатом"),
            Language.ARABIC, List.of("تقرير الأمانة", "مذكرة من الأمانة", "تقرير من الأمانة", "مذكرة من الأمين العام",
                    "تقرير الأمين العام", "ورقة معلومات أساسية من إعداد الأمانة", "ورقة عمل من إعداد الأمانة"),
            Language.CHINESE, List.of("秘书处的报告", "秘书处的说明", "秘书处报告", "秘书处说明", "秘书长的说明", "秘书长的报告", "秘书处编写的背景文件", "秘书处编写的工作文件"));

    private static final Pattern ANY = Pattern.compile("^\\s*(?:" + BYLINES.values().stream().flatMap(List::stream)
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Bylines() {
    }

    /** Whether {@code text} (a block of front matter) is a byline in one of the six languages. */
    public static boolean isByline(String text) {
        return ANY.matcher(text).matches();
    }
}
