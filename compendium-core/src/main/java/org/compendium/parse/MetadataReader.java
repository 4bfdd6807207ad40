package org.compendium.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.parse.french.FrenchDates;
import org.compendium.parse.grammar.Dates;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.KeywordPattern;
import org.compendium.parse.grammar.Numerals;

/**
 * Reads what a document says about itself from its normalised text: body, meeting or session number, dates, venue,
 * language, own symbol, and every document symbol and COP resolution or decision number it mentions.
 */
final class MetadataReader {
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(?:CTOC|A|E|S)(?:/ ?[A-Z0-9][A-Za-z0-9.\\-]*)*/ ?\\d[A-Za-z0-9.\\-]*(?:/ ?[A-Za-z0-9][A-Za-z0-9.\\-]*)*");
    /**
     * The masthead's symbol: alone on its line, or beside the Organization's name ({@link LineRules#mastheadLine}).
     */
    private static final Pattern OWN_SYMBOL = Pattern.compile("(?m)" + LineRules.mastheadLine(
            "(CTOC/COP/[A-Za-z0-9./-]*[A-Za-z0-9]|A/RES/\\d{1,3}/\\d{1,4}|A/(?:C\\.\\d/)?\\d{1,3}/L\\.\\d{1,4}(?:/Rev\\.\\d{1,2})?"
                    // The Economic and Social Council's resolutions (E/RES/2030/19), the Commission's drafts (E/CN.15/2030/L.5) and reports (E/CN.15/2030/17).
                    + "|E/RES/\\d{4}/\\d{1,3}|E/CN\\.15/\\d{4}/(?:L\\.)?\\d{1,3}(?:/Rev\\.\\d{1,2})?)"));
    /**
     * A line that is only a symbol, as running headers and footers print it (with a page number beside it, or not);
     * {@code pdftotext} starts each page after the first with its form feed, on the running header's line.
     */
    private static final Pattern HEADER_SYMBOL = Pattern.compile("(?m)^[ \\t\\f]*(?:\\d{1,3}[ \\t]+)?((?:CTOC/COP|[AES])/[A-Za-z0-9./-]*[A-Za-z0-9])[ \\t]*(?:[ \\t]\\d{1,3})?[ \\t]*$");
    /** A one-letter symbol that is a document's: {@code A/RES/80/1}, {@code E/CN.15/2024/1}, not {@code A/} before prose. */
    private static final Pattern LETTER_SYMBOL = Pattern.compile("[AES]/(?:RES/)?\\d.*|[AES]/[A-Z].*\\d.*");
    /** {@code 11/5} not inside a longer number or symbol; Chinese writes it right after a Han character ({@code 第11/5号}). */
    private static final Pattern RES_NUMBER = Pattern.compile("(?<![/\\d\\p{L}&&[^\\p{IsHan}]])(\\d{1,2})/(\\d{1,2})(?![/\\d])");
    /** A city after "à" or before a comma, followed by a day number: "à Vienne du 9 ...", "Vienne, 14-18 ...". */
    private static final Pattern CITY_THEN_NUMBER = Pattern.compile(
            "(?:(?<!\\p{L})à\\s+(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)|(?<!\\p{L})(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?),)"
                    + "(?=\\s*(?:du |les |le )?\\d)");

    private static final Pattern ISSUED = Pattern.compile("(?i)Distr\\.?:?\\s*(?:générale|restreinte|limitée|general|limitada|reservada|limited|restricted)\\s+([^\\n]{4,40})");
    /** How far after "Distr.: General" the date of issue may stand, past the masthead text extraction puts beside it. */
    private static final int ISSUED_WITHIN = 160;

    private MetadataReader() {
    }

    /**
     * Reads what the opening of a document says, in the words of its grammar: type-dependent body, meeting, session,
     * dates and venue (French only so far), own symbol; {@code language} is the one detected. Mentions are read separately, from the whole text, by {@link #mentionedSymbols} and
     * {@link #mentionedResolutions}. {@code otherOrgan}: whether the document is a resolution or decision whose opening
     * names another organ ({@link #opensForOtherOrgan}), which the parser reads once, since it also warns by it.
     */
    static DocumentMetadata read(DocumentType type, String raw, String text, Grammar grammar, Language language, boolean otherOrgan) {
        DocumentSymbol own = ownSymbol(raw);
        // A General Assembly or Economic and Social Council resolution or draft is no body's of the Convention, nor is
        // one whose opening names another organ (The Commission on Crime Prevention and Criminal Justice,): the model
        // has no such body, and the number under its heading (Resolution 39/2) is not a COP resolution's.
        Body body = otherOrgan || own != null && (own.value().startsWith("A/") || own.value().startsWith("E/")) ? null
                : workingGroupOfSymbol(own, type, text, grammar);
        Integer meeting = type == DocumentType.MEETING_REPORT ? meeting(text, grammar) : null;
        String resolutionNumber = otherOrgan ? null : resolutionNumber(type, raw, grammar);
        Integer session = type == DocumentType.SESSION_REPORT ? sessionOfInstruments(raw, grammar) : null;
        if (type == DocumentType.SESSION_REPORT && session == null && (own == null || own.body() != Body.COP)) {
            // A session report that reproduces no COP instrument and bears no symbol of the Conference (the Commission's
            // report, reproducing drafts for the Council) is no body's of the Convention, and its session no COP session.
            body = null;
        } else if (session == null) {
            session = session(type, own, text, resolutionNumber, grammar);
        }
        if (type == DocumentType.SECRETARIAT_REPORT && body != null && body.isWorkingGroup()) {
            // A working group meets, it holds no session: the ordinal a background paper cites ("At its eleventh
            // session, the Conference … decided") is the Conference's, not the paper's.
            session = null;
        }
        Found when = type == DocumentType.RESOLUTION && own != null && org.compendium.model.Work.UnResolution.isResolution(own)
                ? new Found(adopted(raw, grammar.language()), null)
                : isDraft(type, own) ? new Found(issuedRange(raw.substring(0, Math.min(raw.length(), 3000)), grammar.language()), null)
                : grammar.language() == Language.FRENCH ? datesAndVenue(type, text) : dates(type, text, grammar);
        return new DocumentMetadata(type, body, meeting, session, when.dates, when.venue, language, own,
                "", resolutionNumber, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Whether the document is a draft resolution or decision: one with a symbol of limited distribution ({@code L.4})
     * and no heading numbering it yet. Its session is the masthead's and its date the date of issue.
     */
    private static boolean isDraft(DocumentType type, DocumentSymbol own) {
        return (type == DocumentType.RESOLUTION || type == DocumentType.DECISION) && own != null && own.isDraft();
    }

    /**
     * The date of issue under "Distr. générale" / "Distr.: General", which every language version of a document shares;
     * null when none. The masthead prints it in French in French, in Spanish in Spanish, and in English in the other
     * languages ({@code 2 June 2026} in a Chinese or Russian masthead); text extraction may put the masthead's other
     * column between the two ({@code Distr.: General / United Nations Convention against   28 July 2026}).
     */
    static LocalDate issued(String opening, Language language) {
        Matcher m = ISSUED.matcher(opening);
        if (!m.find()) {
            return null;
        }
        // The first line after "Distr." that holds a date, in the document's language or the masthead's English: the
        // session's dates under it come later, and are in the document's language.
        String after = opening.substring(m.start(1), Math.min(opening.length(), m.start(1) + ISSUED_WITHIN));
        for (String line : after.split("\n")) {
            Optional<DateRange> date = Dates.firstIn(language, line).or(() -> Dates.first(Language.ENGLISH, line));
            if (date.isPresent()) {
                return date.get().start();
            }
        }
        return null;
    }

    private static DateRange issuedRange(String opening, Language language) {
        LocalDate day = issued(opening, language);
        return day == null ? null : DateRange.of(day);
    }

    /**
     * A document's body: the working group whose symbol it bears ({@code CTOC/COP/WG.4/2027/2}, a Secretariat paper
     * prepared for that group), else what its type and wording say.
     */
    private static Body workingGroupOfSymbol(DocumentSymbol own, DocumentType type, String text, Grammar grammar) {
        if (own != null) {
            for (Body b : Body.values()) {
                if (b.isWorkingGroup() && own.value().startsWith(b.symbolPrefix() + "/")) {
                    return b;
                }
            }
        }
        return body(type, text, grammar);
    }

    private static Body body(DocumentType type, String text, Grammar grammar) {
        return switch (type) {
            case RESOLUTION, DECISION, SECRETARIAT_REPORT, SESSION_REPORT -> Body.COP;
            case MEETING_REPORT, COMPENDIUM -> {
                Pattern tip = grammar.wording().traffickingGroup();
                Pattern som = grammar.wording().smugglingGroup();
                int t = FindGate.of(tip).find(tip.matcher(text), text, 0);
                int s = FindGate.of(som).find(som.matcher(text), text, 0);
                t = t < 0 ? Integer.MAX_VALUE : t;
                s = s < 0 ? Integer.MAX_VALUE : s;
                yield t == s ? null : t < s ? Body.WG_TIP : Body.WG_SOM;
            }
            case TREATY, OTHER -> null;
        };
    }

    /** The meeting number a report states ("La neuvième réunion ...", "At its fourteenth meeting"), or null. */
    static Integer meeting(String text, Grammar grammar) {
        KeywordPattern.Matches m = grammar.wording().meeting().matches(text);
        while (m.find()) {
            OptionalInt n = grammar.ordinals().parse(m.group(1));
            if (n.isPresent()) {
                return n.getAsInt();
            }
        }
        return null;
    }

    private static Integer session(DocumentType type, DocumentSymbol own, String text, String resolutionNumber, Grammar grammar) {
        if (resolutionNumber != null) {
            return Integer.parseInt(resolutionNumber.substring(0, resolutionNumber.indexOf('/')));
        }
        if (type != DocumentType.SECRETARIAT_REPORT && type != DocumentType.SESSION_REPORT && !isDraft(type, own)) {
            return null;
        }
        Matcher m = grammar.wording().session().matcher(text.substring(0, Math.min(text.length(), 2000)));
        while (m.find()) {
            OptionalInt n = grammar.ordinals().parse(m.group(1));
            if (n.isPresent()) {
                return n.getAsInt();
            }
        }
        return null;
    }

    /**
     * The session whose resolutions and decisions a session report reproduces: the first number of the first one's
     * heading ({@code 13} of {@code 13/1}), which states the session more surely than its title's ordinal; null when none.
     */
    private static Integer sessionOfInstruments(String raw, Grammar grammar) {
        String number = firstHeadingNumber(raw, grammar);
        return number == null ? null : Integer.parseInt(number.substring(0, number.indexOf('/')));
    }

    /** Whether the first line of the opening that opens a resolution's text names another organ than the Conference. */
    static boolean opensForOtherOrgan(String raw, Grammar grammar) {
        Grammar.ResolutionShapes shapes = grammar.resolution();
        for (String line : raw.substring(0, Math.min(raw.length(), 3000)).split("\r?\n")) {
            if (shapes.opening().matcher(line).lookingAt()) {
                return shapes.opensForOtherOrgan(line);
            }
        }
        return false;
    }

    /**
     * Whether the symbol printed on a resolution's or decision's pages is that of the document it was taken from, not
     * its own: the text heads itself as an instrument ({@code Resolution 15/3}, {@code Resolution 39/2}) under a symbol
     * that is neither a resolution's ({@code A/RES/80/123}, {@code E/RES/2030/19}) nor a draft's ({@code …/L.4}) — the
     * symbol of the session's report that reproduces it ({@code CTOC/COP/2030/15}, its running header), or the
     * Commission's report ({@code E/2030/30}) — and no masthead of its own stands above it. Such a symbol is no
     * identifier of the instrument: the model has no place
     * for where a work was published, so the instrument is stored without a symbol, with a warning naming the report.
     */
    static boolean symbolIsOfReproducingDocument(DocumentMetadata m, String raw, Grammar grammar) {
        if (m.symbol() == null || m.type() != DocumentType.RESOLUTION && m.type() != DocumentType.DECISION
                || m.symbol().isDraft() || org.compendium.model.Work.UnResolution.isResolution(m.symbol())) {
            return false;
        }
        String opening = raw.substring(0, Math.min(raw.length(), 3000));
        // A masthead (Distr.: General) is the document's own: its symbol is the document's, whatever it reproduces.
        return !ISSUED.matcher(opening).find() && (m.resolutionNumber() != null || firstHeadingNumber(opening, grammar) != null);
    }

    /** The number of the first resolution or decision heading line in the opening ({@code 11/5}), or null. */
    private static String resolutionNumber(DocumentType type, String raw, Grammar grammar) {
        if (type != DocumentType.RESOLUTION && type != DocumentType.DECISION) {
            return null;
        }
        return firstHeadingNumber(raw.substring(0, Math.min(raw.length(), 3000)), grammar);
    }

    /** The number of the first line of {@code text} that heads a resolution or decision ({@code 11/5}), or null. */
    private static String firstHeadingNumber(String text, Grammar grammar) {
        for (String line : text.split("\r?\n")) {
            InstrumentBlocks.Heading h = InstrumentBlocks.heading(line, grammar.resolution());
            if (h != null) {
                return h.number();
            }
        }
        return null;
    }

    private record Found(DateRange dates, String venue) {
    }

    /**
     * A General Assembly resolution's adoption line names the Assembly with the date ({@code Resolution adopted by the
     * General Assembly on 17 December 2024}, {@code Резолюция, принятая Генеральной Ассамблеей 3 декабря 2025 года},
     * {@code 2025年12月3日大会决议}); the masthead's line naming it carries the distribution, not the adoption.
     */
    private static final Pattern ASSEMBLY_LINE = Pattern.compile("(?m)^(?![^\n]*Distr)[^\n]*(?:General Assembly|Assemblée générale"
            + "|Asamblea General|Генеральн\\p{L}* Ассамбле\\p{L}*|الجمعية العامة|大会"
            // The Economic and Social Council's adoption line, in the same shape.
            + "|Economic and Social Council|Conseil économique et social|Consejo Económico y Social"
            + "|Экономическ\\p{L}* и Социальн\\p{L}* Совет\\p{L}*|المجلس الاقتصادي والاجتماعي|经济及社会理事会)[^\n]*$", Pattern.UNICODE_CHARACTER_CLASS);

    /** The date a General Assembly resolution was adopted: the first of its opening's lines naming the Assembly with a date. */
    private static DateRange adopted(String raw, Language language) {
        String opening = raw.substring(0, Math.min(raw.length(), 3000));
        Matcher line = ASSEMBLY_LINE.matcher(opening);
        while (line.find()) {
            // A PDF's text may wrap the adoption line before its date ("… by the General Assembly / on 18 December
            // 2026"): the line below is read with it.
            int next = opening.indexOf('\n', line.end() + 1);
            String found = opening.substring(line.start(), next < 0 ? opening.length() : next);
            Optional<DateRange> date = Dates.firstIn(language, found);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    /** The first date of a report's opening in its language's forms; the venue is read in French documents only so far. */
    private static Found dates(DocumentType type, String text, Grammar grammar) {
        if (type != DocumentType.MEETING_REPORT && type != DocumentType.SECRETARIAT_REPORT && type != DocumentType.SESSION_REPORT) {
            return new Found(null, null);
        }
        String opening = text.substring(0, Math.min(text.length(), 3000));
        LocalDate issue = issued(opening, grammar.language());
        // The masthead's date of issue ("Distr.: General / 9 December 2028") comes first in a PDF's text; the
        // meeting's or session's dates come after it, in the title or under the body's name.
        List<DateRange> dates = Dates.all(grammar.language(), opening);
        DateRange first = dates.stream().filter(d -> issue == null || !d.equals(DateRange.of(issue))).findFirst()
                .orElse(dates.isEmpty() ? null : dates.getFirst());
        if (type == DocumentType.SESSION_REPORT) {
            // A session lasts days: a single day before its dates is one a reproduced instrument cites ("Recalling its
            // resolution 2028/15 of 21 July 2028,"), when the report prints no title with the session's dates above it.
            first = dates.stream().filter(d -> !d.start().equals(d.end())).findFirst().orElse(first);
        }
        return new Found(first, null);
    }

    /** The first date that follows a city ("tenue à Vienne du 9 au 11 septembre 2019", "Vienne, 14-18 octobre 2024"). */
    private static Found datesAndVenue(DocumentType type, String text) {
        if (type != DocumentType.MEETING_REPORT && type != DocumentType.SECRETARIAT_REPORT && type != DocumentType.SESSION_REPORT) {
            return new Found(null, null);
        }
        // Cities are rare and dates costly to find, so look for a city first and read a date only right after it.
        Matcher city = CITY_THEN_NUMBER.matcher(text).useTransparentBounds(true);
        for (int from = 0; (from = findCity(city, text, from)) >= 0; from = city.end()) {
            int group = city.group(1) != null ? 1 : 2;
            String name = city.group(group);
            String after = text.substring(city.end(group), Math.min(text.length(), city.end(group) + 80));
            Optional<FrenchDates.Found> date = FrenchDates.first(after);
            if (date.isPresent() && date.get().start() <= 6 && !name.equals("Le") && !name.equals("La")) {
                return new Found(date.get().range(), name);
            }
        }
        return new Found(null, null);
    }

    /**
     * The next match of {@link #CITY_THEN_NUMBER} at or after {@code from}, as {@code find()} would give it, or -1.
     * A match starts with "à" or an upper-case letter (a high surrogate may begin one outside the BMP), so the
     * pattern is tried only there; transparent bounds let its look-behind see the character before.
     */
    private static int findCity(Matcher city, String text, int from) {
        int n = text.length();
        for (int at = from; at < n; at++) {
            char c = text.charAt(at);
            boolean mayStart = c == 'à' || Character.getType(c) == Character.UPPERCASE_LETTER || Character.isHighSurrogate(c);
            if (mayStart && city.region(at, n).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The document's own symbol: a symbol alone on a line in its opening (the masthead), else one that stands alone on
     * a line at least twice (the running header or footer of its pages). A symbol only mentioned in the text is never
     * taken for the document's own; null when there is none.
     */
    private static DocumentSymbol ownSymbol(String raw) {
        Matcher m = OWN_SYMBOL.matcher(raw.substring(0, Math.min(raw.length(), 600)));
        while (m.find()) {
            // A damaged masthead ("CTOC/COP/WG.4/2025/.5") is no symbol: the running header may still give one.
            try {
                return DocumentSymbol.parse(m.group(1));
            } catch (IllegalArgumentException notASymbol) {
                // try the next line
            }
        }
        java.util.Map<String, Integer> alone = new java.util.HashMap<>();
        Matcher h = HEADER_SYMBOL.matcher(raw);
        String best = null;
        // The same matches as find(), but the pattern is tried only at a line start whose first character after
        // blanks can start one (a page number or C, A, E, S): find() would try it at every character of the text.
        int n = raw.length();
        int matchedTo = 0;
        // Where the text ends its lines with \n alone (most do), the next line start is found by indexOf.
        boolean newlinesOnly = raw.indexOf('\r') < 0 && raw.indexOf('\u0085') < 0 && raw.indexOf('\u2028') < 0
                && raw.indexOf('\u2029') < 0;
        for (int start = 0; start < n; start = newlinesOnly ? afterNewline(raw, start) : nextLineStart(raw, start)) {
            if (start < matchedTo || !mayStartHeaderSymbol(raw, start)) {
                continue;
            }
            if (!h.region(start, n).lookingAt()) {
                continue;
            }
            matchedTo = h.end();
            int count = alone.merge(h.group(1), 1, Integer::sum);
            if (count >= 2 && (best == null || count > alone.get(best))) {
                best = h.group(1);
            }
        }
        try {
            return best == null ? null : DocumentSymbol.parse(best);
        } catch (IllegalArgumentException notASymbol) {
            return null;
        }
    }

    /**
     * The offset after the next line terminator at or after {@code from} (where {@code (?m)^} matches), or the text's
     * length when there is none; a {@code \r\n} pair counts as one terminator.
     */
    private static int nextLineStart(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return n;
    }

    /** {@link #nextLineStart} for a text whose only line terminator is {@code \n}. */
    private static int afterNewline(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i + 1;
    }

    /** Whether {@link #HEADER_SYMBOL} can match at the line start {@code start}: its first non-blank can begin one. */
    private static boolean mayStartHeaderSymbol(String s, int start) {
        int i = start;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c >= '0' && c <= '9' || c == 'C' || c == 'A' || c == 'E' || c == 'S';
    }

    static List<DocumentSymbol> mentionedSymbols(String text) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> judged = new java.util.HashSet<>();
        Matcher m = SYMBOL.matcher(text).useTransparentBounds(true);
        int consumed = 0;
        // A symbol starts with "CTOC/" or a lone "A/", "E/", "S/": find the slashes first (cheap), then match there.
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int start = symbolStart(text, slash);
            if (start < consumed || start < 0) {
                continue;
            }
            m.region(start, Math.min(text.length(), start + 160));
            if (!m.lookingAt()) {
                continue;
            }
            consumed = m.end();
            String value = withoutTrailingDots(text, m.start(), m.end());
            // A symbol mentioned again is judged as the first time (and already in the set, where it keeps its place).
            if (!judged.add(value)) {
                continue;
            }
            if (value.startsWith("CTOC/") || LETTER_SYMBOL.matcher(value).matches()) {
                try {
                    seen.add(DocumentSymbol.parse(value).value());
                } catch (IllegalArgumentException notASymbol) {
                    // A fragment such as "A/" followed by prose: not a symbol, skip it.
                }
            }
        }
        return seen.stream().map(DocumentSymbol::new).toList();
    }

    /**
     * {@code text[start, end)} without the full stops and hyphens a mentioned symbol's match may end with, which
     * belong to the sentence ({@code [.\-]+$} removed; a match of {@link #SYMBOL} holds no line terminator).
     */
    private static String withoutTrailingDots(String text, int start, int end) {
        int last = end;
        while (last > start && (text.charAt(last - 1) == '.' || text.charAt(last - 1) == '-')) {
            last--;
        }
        return text.substring(start, last);
    }

    /** Where a symbol whose first slash is at {@code slash} starts, or -1 when none can start there. */
    private static int symbolStart(String text, int slash) {
        if (slash >= 4 && text.startsWith("CTOC", slash - 4) && (slash == 4 || !Character.isLetterOrDigit(text.charAt(slash - 5)))) {
            return slash - 4;
        }
        if (slash >= 1 && "AES".indexOf(text.charAt(slash - 1)) >= 0 && (slash == 1 || !Character.isLetterOrDigit(text.charAt(slash - 2)))) {
            return slash - 1;
        }
        return -1;
    }

    /** COP resolution and decision numbers the text mentions, not counting the document's own number. */
    static List<String> mentionedResolutions(String text, String own, Grammar grammar) {
        Grammar.Wording wording = grammar.wording();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = RES_NUMBER.matcher(text).useTransparentBounds(true);
        FindGate mention = FindGate.of(wording.resolutionMention());
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            // "11/5": one or two digits each side of the slash; checked by hand before the pattern confirms it.
            if (slash == 0 || slash + 1 >= text.length() || !isDigit(text.charAt(slash - 1)) || !isDigit(text.charAt(slash + 1))) {
                continue;
            }
            int start = slash >= 2 && isDigit(text.charAt(slash - 2)) ? slash - 2 : slash - 1;
            m.region(start, Math.min(text.length(), slash + 4));
            if (!m.lookingAt()) {
                continue;
            }
            int sessionNumber = Integer.parseInt(m.group(1));
            if (sessionNumber < 1 || sessionNumber > 20) {
                continue;
            }
            // The word must stand in the same node (one a line): a page's "6/12" under a paragraph that ends
            // "… of the present resolution." is page furniture, not resolution 6/12.
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            String before = text.substring(Math.max(lineStart, m.start() - 80), m.start());
            Matcher ctx = wording.resolutionMention().matcher(before);
            int last = -1;
            // The matches of find(), one after the other, tried only where one can open.
            for (int at = mention.find(ctx, before, 0); at >= 0; at = mention.find(ctx, before, ctx.end() > at ? ctx.end() : at + 1)) {
                last = ctx.end();
            }
            if (last < 0) {
                continue;
            }
            String between = before.substring(last);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            if (wording.otherOrgan().matcher(between).find() || wording.otherOrgan().matcher(after).lookingAt()
                    || wording.otherOrganAfter().matcher(after).lookingAt()
                    || wording.resolutionMentionAfter() != null && !wording.resolutionMentionAfter().matcher(after).lookingAt()) {
                continue;
            }
            String number = m.group(1) + "/" + m.group(2);
            if (!number.equals(own)) {
                seen.add(number);
            }
        }
        return new ArrayList<>(seen);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
