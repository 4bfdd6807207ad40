package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.never;
import static org.compendium.parse.grammar.Grammar.numberLabel;
import static org.compendium.parse.grammar.Grammar.numbered;
import static org.compendium.parse.grammar.Grammar.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/**
 * Arabic, as UN documents print it: paragraphs numbered {@code 1 -}, sub-paragraphs lettered in abjad order
 * ({@code (أ)}, {@code (ب)}, {@code (ج)}, read as a, b, c), chapters by ordinal words ({@code أولاً -}, {@code ثانياً -})
 * and sections by letter names ({@code ألف -}, {@code باء -}); preambular paragraphs open with {@code إذ} or
 * {@code وإذ} and a verb in the gender of the body (the Conference {@code يشير}, the General Assembly {@code تشير}).
 * Digits may be Arabic-Indic; they are read as ASCII digits.
 */
final class ArabicGrammar {
    private static final List<String> PREAMBULAR_STEMS = List.of(
            "يشير", "يشير أيضا", "يشير كذلك", "تشير", "تشير أيضا", "تشير كذلك", "يؤكد من جديد", "تؤكد من جديد",
            "يؤكد", "تؤكد", "يلاحظ", "يلاحظ مع القلق", "يلاحظ مع التقدير", "تلاحظ", "تلاحظ مع القلق",
            "تلاحظ مع التقدير", "يحيط علما", "تحيط علما", "يضع في اعتباره", "تضع في اعتبارها", "يرحب", "ترحب",
            "يسلم", "تسلم", "يعترف", "تعترف", "يشدد", "تشدد", "يساوره القلق", "يساورها القلق", "يساوره قلق بالغ",
            "يساورها قلق بالغ", "يساوره بالغ القلق", "يساورها بالغ القلق", "يعرب عن قلقه", "تعرب عن قلقها",
            "يعرب عن بالغ قلقه", "تعرب عن بالغ قلقها", "هو مقتنع", "هي مقتنعة", "يدرك", "تدرك", "يعرب عن القلق", "تعرب عن القلق",
            "يأخذ في الحسبان", "تأخذ في الحسبان", "يسترشد", "تسترشد", "يكرر تأكيد", "تكرر تأكيد",
            "يقلقه", "يقلقها", "يثير جزعه", "يثير جزعها", "يضع نصب عينيه", "تضع نصب عينيها", "هو على اقتناع",
            "هي على اقتناع", "يعرب عن امتنانه", "تعرب عن امتنانها", "يعرب عن تقديره", "تعرب عن تقديرها",
            "يرحب أيضا", "ترحب أيضا", "يلاحظ أيضا", "تلاحظ أيضا", "يسلم أيضا", "تسلم أيضا", "يشدد أيضا", "تشدد أيضا",
            "يعقد العزم", "تعقد العزم", "يساوره القلق أيضا", "يساورها القلق أيضا");
    private static final List<String> OPERATIVE = List.of(
            "يحث", "يحث بقوة", "يحث أيضا", "يطلب", "يطلب أيضا", "يطلب كذلك", "يشجع", "يشجع أيضا", "يشجع بقوة",
            "يدعو", "يدعو أيضا", "يقرر", "يقرر أيضا", "يقرر كذلك", "يهيب", "يرحب", "يلاحظ", "يحيط علما",
            "يؤكد من جديد", "يوصي", "يشدد", "يعرب عن تقديره", "يسلم", "يعترف", "يقر", "يعتمد", "يوافق", "يكرر تأكيد",
            "يؤيد", "تؤيد", "يناشد", "تناشد",
            "تحث", "تحث بقوة", "تطلب", "تطلب أيضا", "تطلب كذلك", "تشجع", "تشجع أيضا", "تدعو", "تدعو أيضا", "تقرر",
            "تقرر أيضا", "تهيب", "ترحب", "تلاحظ", "تحيط علما", "تؤكد من جديد", "توصي", "تشدد", "تعرب عن تقديرها",
            "تسلم", "تعترف", "تقر", "تعتمد", "توافق", "تكرر تأكيد",
            "يدين", "تدين", "يدين بشدة", "تدين بشدة", "يشجب", "تشجب", "يعلن", "تعلن", "يذكر", "تذكر", "يأسف", "تأسف",
            "يعرب عن قلقه", "تعرب عن قلقها", "يعرب عن امتنانه", "تعرب عن امتنانها", "يوعز", "توعز", "يكلف", "تكلف",
            "يلاحظ مع التقدير", "تلاحظ مع التقدير", "يلاحظ مع القلق", "تلاحظ مع القلق", "يرحب أيضا", "ترحب أيضا",
            "يؤكد", "تؤكد", "يؤكد أيضا", "تؤكد أيضا", "يوصي أيضا", "توصي أيضا", "يدعو كذلك", "تدعو كذلك");
    // A preambular paragraph opens with إذ or وإذ and its verb whether or not the verb is in the list ("وإذ يقلقها",
    // "وإذ تضع نصب عينيها"): the particle and the next word, with its أيضا/كذلك.
    private static final VerbTable VERBS = new VerbTable(verbs(), true,
            p("و?إذ\\s+[\\p{IsArabic}\\p{M}]+(?:\\s+(?:أيضا|أيضاً|كذلك))?(?![\\p{IsArabic}\\p{M}])"));
    private static final String CHAPTERS = "أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر";
    private static final String SECTIONS = "ألف|باء|جيم|دال|هاء|واو|زاي|حاء";

    static final Grammar GRAMMAR = new Grammar(Language.ARABIC,
            new Grammar.ResolutionShapes(
                    p("^[#*\\s]*القرار\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    p("^[#*\\s]*المقرر\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    p("^[#*\\s]*(?:\\S[^\\n]{0,800}?:\\s*)?مشروع\\s+(?:قرار|(?<decision>مقرر))(?:\\s+منق\\p{M}*ح)?(?:\\s+[IVX]{1,4})?(?:\\s+مقد\\p{M}*م\\s+من\\s.*)?[*\\s]*$"),
                    "مشروع",
                    p("^[*\\s]*(?:إن\\s+)?(?:مؤتمر الأطراف(?!.*\\S\\s{3,}\\S)|الجمعية العامة\\s*[،,]|(?<organ>المجلس الاقتصادي والاجتماعي|لجنة منع الجريمة والعدالة الجنائية)\\s*[،,:])"),
                    p("^\\s*الجلسة العامة\\s+\\S+(?:\\s+\\S+){0,3}\\s*$"),
                    p("^\\s*المرفق(?:\\s+([IVX]{1,5}|\\d{1,2}|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر))?\\s*$"),
                    numbered(2, "\\s*[-–]"), numberLabel(2, "\\s*[-–]"), "%s -",
                    p("^\\s*\\(([\\p{IsArabic}\\u0640]{1,3})\\)"),
                    p("^\\s*\\([\\p{IsArabic}\\u0640]{1,3}\\)\\s*"),
                    "(%s)",
                    List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر"),
                    "،؛:.,;", false, true),
            new Grammar.ReportShapes(
                    numbered(3, "\\s*[-–]"), numberLabel(3, "\\s*[-–]"), "%s -",
                    p("^[*_#\\s]*التوصية\\s+(\\d{1,3})[*_\\s]*$"),
                    p("^التوصية\\s+\\d{1,3}\\s*"),
                    "التوصية %s",
                    p("(?:اعتمد|أقر)[^:\\n]{0,80}التوصيات\\s+التالية\\s*:\\s*$"),
                    p("^\\s*(" + CHAPTERS + ")(?:اً|ًا|ا)\\s*[-–]\\s+(\\S.*)$"),
                    p("^\\s*(" + SECTIONS + ")\\s*[-–]\\s+(\\S.*)$"),
                    p("^[*_\\s]*(" + CHAPTERS + "|" + SECTIONS + "|\\d{1,2})(?:اً|ًا|ا)?\\s*[-–]\\s"),
                    Map.ofEntries(Map.entry("أول", "I"), Map.entry("ثاني", "II"), Map.entry("ثالث", "III"),
                            Map.entry("رابع", "IV"), Map.entry("خامس", "V"), Map.entry("سادس", "VI"),
                            Map.entry("سابع", "VII"), Map.entry("ثامن", "VIII"), Map.entry("تاسع", "IX"),
                            Map.entry("عاشر", "X"), Map.entry("ألف", "A"), Map.entry("باء", "B"), Map.entry("جيم", "C"),
                            Map.entry("دال", "D"), Map.entry("هاء", "E"), Map.entry("واو", "F"), Map.entry("زاي", "G"),
                            Map.entry("حاء", "H"))),
            new Grammar.Wording(
                    p("(?:مجموعة|خلاصة) (?:ال)?توصيات"),
                    p("(?:تقرير|مذكرة) (?:من )?الأمانة"),
                    p("تقرير عن (?:أعمال )?اجتماع الفريق العامل|اعتمد الفريق العامل المعني ب(?:الاتجار بالأشخاص|تهريب المهاجرين)"),
                    p("الفريق العامل المعني بالاتجار بالأشخاص"),
                    p("الفريق العامل المعني بتهريب المهاجرين"),
                    new KeywordPattern(p("(?:اجتماعه|اجتماعها|الاجتماع)\\s+(\\S+(?:\\s+عشر)?)"), p("اجتماع"), 0),
                    p("(?:الدورة|دورته|دورتها)\\s+(\\S+(?:\\s+عشرة?)?)"),
                    p("(?:قرار|مقرر)\\S*"),
                    null,
                    p("الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان|لجنة"),
                    never(),
                    new Grammar.BodyNames(
                            "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
                            "الفريق العامل المعني بالاتجار بالأشخاص",
                            "الفريق العامل المعني بتهريب المهاجرين",
                            "الجمعية العامة")),
            VERBS::lead,
            SpelledOrdinals.of(Locale.forLanguageTag("ar"))::parse);

    private ArabicGrammar() {
    }

    private static List<String> verbs() {
        List<String> all = new ArrayList<>(VerbTable.prefixed(List.of("إذ", "وإذ"), PREAMBULAR_STEMS));
        all.addAll(OPERATIVE);
        return all;
    }
}
