package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.model.Organ;

/**
 * How a report that reproduces drafts for another organ words them, in the six languages: the heading of each draft
 * ({@code Draft resolution I}, {@code Projet de décision II}, {@code Проект резолюции I}, {@code مشروع القرار الأول},
 * {@code 决议草案一}), the report's paragraph announcing them ({@code The Commission on Crime Prevention and Criminal
 * Justice recommends to the Economic and Social Council the approval of the following draft resolution, for adoption
 * by the General Assembly:}), and the organs' names in the forms those paragraphs use (the Russian dative and
 * instrumental, {@code Экономическому и Социальному Совету}, {@code Генеральной Ассамблеей}). One immutable table per
 * language ({@link #of}); a draft's ordinal is read to a Roman numeral, whatever the language prints.
 *
 * @param heading      a whole line heading a reproduced draft; group {@code decision} set for a draft decision, group
 *                     {@code ordinal} its ordinal as printed, if any
 * @param headingWord  a word every heading holds, in its case: lines without it are not tried
 * @param announcement a report paragraph announcing the drafts under it, found in the paragraph's text: group
 *                     {@code head} holds the recommending organ and the organ recommended to, in that order, group
 *                     {@code adoption} what follows the drafts' words (the organ {@code for adoption by}, if any)
 * @param keyword      a word every announcement holds, looked for before the pattern is run
 * @param organs       each organ's name in the language, in any of the cases such a paragraph puts it in
 * @param ordinals     the language's ordinal words for drafts 1, 2, … where it does not print Roman numerals (Arabic),
 *                     else empty
 */
public record DraftWording(Pattern heading, String headingWord, Pattern announcement, String keyword,
                           Map<Organ, Pattern> organs, List<String> ordinals) {
    public DraftWording {
        organs = Map.copyOf(organs);
        ordinals = List.copyOf(ordinals);
    }

    /** What an announcing paragraph says: who recommends, to whom, and which organ is to adopt (null when unsaid). */
    public record Announcement(Organ recommendedBy, Organ recommendedTo, Organ adoptedBy) {
    }

    /** The draft heading {@code line} is, with its kind and its ordinal in Roman numerals (null when it prints none), or null. */
    public Heading headingOf(String line) {
        if (!line.contains(headingWord())) {
            return null;
        }
        Matcher m = heading.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String printed = m.group("ordinal");
        if (printed == null) {
            return new Heading(m.group("decision") != null, null);
        }
        OptionalInt n = ordinal(printed.strip());
        return n.isEmpty() ? null : new Heading(m.group("decision") != null, roman(n.getAsInt()));
    }

    /** A reproduced draft's heading: whether it is a decision's, and its ordinal ({@code II}) or null. */
    public record Heading(boolean decision, String ordinal) {
    }

    /** {@code n} (1 to 39, as {@link Numerals#roman} reads them) in upper-case Roman numerals. */
    static String roman(int n) {
        if (n < 1 || n > 39) {
            throw new IllegalArgumentException("a draft's ordinal from 1 to 39: " + n);
        }
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "X".repeat(n / 10) + units[n % 10];
    }

    private OptionalInt ordinal(String printed) {
        int word = ordinals.indexOf(printed);
        if (word >= 0) {
            return OptionalInt.of(word + 1);
        }
        OptionalInt roman = Numerals.roman(printed);
        return roman.isPresent() ? roman : Numerals.chinese(printed);
    }

    /** What {@code paragraph} announces, when it is a report's paragraph announcing drafts; else null. */
    public Announcement announcementIn(String paragraph) {
        if (!paragraph.contains(keyword)) {
            return null;
        }
        Matcher m = announcement.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        List<Organ> named = organsIn(m.group("head"));
        List<Organ> adoption = organsIn(m.group("adoption"));
        return new Announcement(named.isEmpty() ? null : named.getFirst(), named.size() < 2 ? null : named.get(1),
                adoption.isEmpty() ? null : adoption.getFirst());
    }

    /** The organs {@code text} names, in the order it names them. */
    private List<Organ> organsIn(String text) {
        if (text == null) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>();
        for (Map.Entry<Organ, Pattern> e : organs.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                found.add(new int[] {m.start(), e.getKey().ordinal()});
            }
        }
        found.sort(Comparator.comparingInt(a -> a[0]));
        return found.stream().map(a -> Organ.values()[a[1]]).toList();
    }

    /** The wording of a language; French for {@link Language#UNDETERMINED}, as {@link Grammars#of}. */
    public static DraftWording of(Language language) {
        return switch (language) {
            case ARABIC -> ARABIC;
            case CHINESE -> CHINESE;
            case ENGLISH -> ENGLISH;
            case FRENCH, UNDETERMINED -> FRENCH;
            case RUSSIAN -> RUSSIAN;
            case SPANISH -> SPANISH;
        };
    }

    /** A Roman ordinal as headings print it, after the draft's words. */
    private static final String ROMAN = "(?:\\s+(?<ordinal>[IVXLC]{1,7}))?";
    /** Bold or heading marks around a heading line (Markdown, DOCX exports). */
    private static final String MARKS = "[#*_\\s]*";

    private static Map<Organ, Pattern> organs(String conference, String commission, String council, String assembly) {
        Map<Organ, Pattern> map = new EnumMap<>(Organ.class);
        map.put(Organ.CONFERENCE_OF_THE_PARTIES, p(conference));
        map.put(Organ.COMMISSION_ON_CRIME_PREVENTION, p(commission));
        map.put(Organ.ECONOMIC_AND_SOCIAL_COUNCIL, p(council));
        map.put(Organ.GENERAL_ASSEMBLY, p(assembly));
        return map;
    }

    static final DraftWording ENGLISH = new DraftWording(
            p("^" + MARKS + "Draft\\s+(?:resolution|(?<decision>decision))" + ROMAN + MARKS + "$"),
            "Draft",
            pi("^(?<head>.{0,300}?\\brecommends\\s+to\\s+.{0,120}?)\\s+(?:the\\s+)?(?:approval|adoption)\\s+of\\s+the\\s+following\\s+"
                    + "draft\\s+(?:resolution|decision)s?(?<adoption>[^:]{0,160}?)\\s*:"),
            "recommends",
            organs("Conference of the Parties", "Commission on Crime Prevention and Criminal Justice",
                    "Economic and Social Council", "General Assembly"),
            List.of());

    static final DraftWording FRENCH = new DraftWording(
            p("^" + MARKS + "Projet\\s+de\\s+(?:résolution|(?<decision>décision))" + ROMAN + MARKS + "$"),
            "Projet",
            pi("^(?<head>.{0,300}?\\brecommande\\s+(?:au|à\\s+l[’']|à\\s+la)\\s*.{0,120}?)\\s+d[’']\\s*(?:approuver|adopter)\\s+"
                    + "(?:le|les)\\s+projets?\\s+de\\s+(?:résolution|décision)\\s+suivants?(?<adoption>[^:]{0,160}?)\\s*:"),
            "recommande",
            organs("Conférence des Parties", "Commission pour la prévention du crime et la justice pénale",
                    "Conseil économique et social", "Assemblée générale"),
            List.of());

    static final DraftWording SPANISH = new DraftWording(
            p("^" + MARKS + "Proyecto\\s+de\\s+(?:resolución|(?<decision>decisión))" + ROMAN + MARKS + "$"),
            "Proyecto",
            pi("^(?<head>.{0,300}?\\brecomienda\\s+(?:al|a\\s+la)\\s.{0,120}?)\\s+que\\s+(?:apruebe|adopte)\\s+"
                    + "(?:el\\s+siguiente\\s+proyecto|los\\s+siguientes\\s+proyectos)\\s+de\\s+(?:resolución|decisión)"
                    + "(?<adoption>[^:]{0,160}?)\\s*:"),
            "recomienda",
            organs("Conferencia de las Partes", "Comisión de Prevención del Delito y Justicia Penal",
                    "Consejo Económico y Social", "Asamblea General"),
            List.of());

    static final DraftWording RUSSIAN = new DraftWording(
            p("^" + MARKS + "Проект\\s+(?:резолюции|(?<decision>решения))" + ROMAN + MARKS + "$"),
            "Проект",
            pi("^(?<head>.{0,300}?\\bрекомендует\\s+.{0,120}?)\\s+(?:одобрить|принять)\\s+следующ\\p{L}*\\s+проект\\p{L}*\\s+"
                    + "(?:резолюци\\p{L}*|решени\\p{L}*)(?<adoption>[^:]{0,160}?)\\s*:"),
            "рекомендует",
            organs("Конференци\\p{L}*\\s+участников", "Комисси\\p{L}*\\s+по\\s+предупреждению\\s+преступности",
                    "Экономическ\\p{L}*\\s+и\\s+Социальн\\p{L}*\\s+Совет\\p{L}*", "Генеральн\\p{L}*\\s+Ассамбле\\p{L}*"),
            List.of());

    /** Arabic prints a draft's ordinal as a word after its noun ({@code مشروع القرار الثاني}), the verb before the organs. */
    private static final List<String> ARABIC_ORDINALS = List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس",
            "السادس", "السابع", "الثامن", "التاسع", "العاشر");

    static final DraftWording ARABIC = new DraftWording(
            p("^" + MARKS + "مشروع\\s+(?:القرار|(?<decision>المقرر))(?:\\s+(?<ordinal>" + String.join("|", ARABIC_ORDINALS)
                    + "|[IVX]{1,5}))?" + MARKS + "$"),
            "مشروع",
            p("^(?<head>.{0,300}?توصي\\s.{0,160}?)\\s+بأن\\s+(?:يوافق|يعتمد)\\s+(?:على\\s+)?(?:مشروع|مشروعي|مشاريع)\\s+"
                    + "(?:القرار|المقرر|القرارين|المقررين|القرارات|المقررات)\\s+(?:التالي|التاليين|التالية)"
                    + "(?<adoption>[^:]{0,160}?)\\s*:"),
            "توصي",
            organs("مؤتمر الأطراف", "لجنة منع الجريمة والعدالة الجنائية", "المجلس الاقتصادي والاجتماعي", "الجمعية العامة"),
            ARABIC_ORDINALS);

    static final DraftWording CHINESE = new DraftWording(
            p("^" + MARKS + "(?:决议|(?<decision>决定))草案(?<ordinal>[一二三四五六七八九十]{1,3})?" + MARKS + "$"),
            "草案",
            p("^(?<head>.{0,300}?建议.{0,60}?)(?:核准|通过)以下(?:各项)?(?:决议|决定)草案(?<adoption>[^：:]{0,80}?)\\s*[：:]"),
            "建议",
            organs("缔约方会议", "预防犯罪和刑事司法委员会", "经济及社会理事会", "大会"),
            List.of());
}
