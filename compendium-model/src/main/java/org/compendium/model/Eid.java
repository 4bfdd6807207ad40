package org.compendium.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision's identifier within its work, in the Akoma Ntoso manner: {@code rec_12}, {@code op_4__subpara_b},
 * {@code pp_5}, {@code para_63}, {@code annex_1__para_18__subpara_c}, {@code art_6__para_1__subpara_a}. Assigned once
 * by the parser from the document's own numbering, stored, and the same in every language version of the work.
 *
 * <p>{@link #parse} and {@link #toString} round-trip. {@link #citationText} renders the part of a citation after the
 * work ({@code op. 4(b)}) and {@link #fromCitationText} reads it back.
 *
 * @param parts the levels, outermost first
 */
public record Eid(List<Part> parts) {
    /** One level: a series and the number printed for it ({@code 12}, {@code 12bis}, {@code b}, {@code iii}). */
    public record Part(Series series, String number) {
        private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}(?:[a-z]|bis|ter|quater|quinquies|sexies)?|[a-z]{1,8}");

        public Part {
            if (series == null || number == null || !isNumber(number)) {
                throw new IllegalArgumentException("bad eId part: " + series + " '" + number
                        + "'; a number is digits (optionally with a letter or bis/ter/quater), or lower-case letters");
            }
        }

        /**
         * {@link #NUMBER} matches {@code n} whole: read by hand (a part is made for every provision), the pattern
         * kept as its statement ({@code EidTest} compares both on every short string of digits, letters and suffixes).
         */
        static boolean isNumber(String n) {
            int len = n.length();
            int digits = 0;
            while (digits < len && n.charAt(digits) >= '0' && n.charAt(digits) <= '9') {
                digits++;
            }
            if (digits == 0) {
                return len >= 1 && len <= 8 && lowerAscii(n, 0, len);
            }
            if (digits > 4) {
                return false;
            }
            int rest = len - digits;
            return rest == 0 || rest == 1 && lowerAscii(n, digits, len) || SUFFIXES.contains(n.substring(digits));
        }

        private static final java.util.Set<String> SUFFIXES = java.util.Set.of("bis", "ter", "quater", "quinquies", "sexies");

        private static boolean lowerAscii(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                    return false;
                }
            }
            return true;
        }

        /** {@link #NUMBER}, for the test that holds {@link #isNumber} to it. */
        static Pattern numberPattern() {
            return NUMBER;
        }

        @Override
        public String toString() {
            return series.code() + "_" + number;
        }
    }

    /** The kinds of numbered units an eId names. */
    public enum Series {
        ANNEX("annex", "annex"),
        ARTICLE("art", "art."),
        RECOMMENDATION("rec", "rec."),
        PREAMBULAR("pp", "pp."),
        OPERATIVE("op", "op."),
        PARAGRAPH("para", "para."),
        SUBPARAGRAPH("subpara", null);

        private final String code;
        private final String cited;

        Series(String code, String cited) {
            this.code = code;
            this.cited = cited;
        }

        /** The series in eIds: {@code rec}, {@code op}, {@code subpara}. */
        public String code() {
            return code;
        }

        /** How a citation names the series ({@code rec.}), or null for a level cited as {@code (b)}. */
        public String cited() {
            return cited;
        }

        static Series fromCode(String code) {
            for (Series s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown eId series '" + code + "'; expected one of annex, art, rec, pp, op, para, subpara");
        }

        static Series fromCited(String cited) {
            String c = cited.toLowerCase(Locale.ROOT).replace(".", "");
            for (Series s : values()) {
                if (s.cited != null && s.cited.replace(".", "").equals(c)) {
                    return s;
                }
            }
            return null;
        }
    }

    private static final Pattern PART = Pattern.compile("(?<series>[a-z]+)_(?<number>[a-z0-9]+)");

    public Eid {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an eId needs at least one part");
        }
        int main = 0;
        while (main < parts.size() && parts.get(main).series() == Series.ANNEX) {
            main++;
        }
        if (main == parts.size()) {
            throw new IllegalArgumentException("an eId needs a numbered unit, not only an annex: " + parts);
        }
        if (parts.get(main).series() == Series.SUBPARAGRAPH) {
            throw new IllegalArgumentException("an eId's first unit cannot be a sub-paragraph: " + parts);
        }
        for (int i = main + 1; i < parts.size(); i++) {
            Series s = parts.get(i).series();
            boolean articleParagraph = s == Series.PARAGRAPH && i == main + 1 && parts.get(main).series() == Series.ARTICLE;
            if (s != Series.SUBPARAGRAPH && !articleParagraph) {
                throw new IllegalArgumentException("below " + parts.get(main) + " only sub-paragraphs (or an article's paragraphs) may follow: " + parts);
            }
        }
    }

    /** A one-level eId: {@code rec_12}. */
    public static Eid of(Series series, String number) {
        return new Eid(List.of(new Part(series, normalise(number))));
    }

    /** This eId with one more level: {@code op_4} → {@code op_4__subpara_b}, or an article's paragraph. */
    public Eid child(String number) {
        Series series = parts.getLast().series() == Series.ARTICLE ? Series.PARAGRAPH : Series.SUBPARAGRAPH;
        List<Part> more = new ArrayList<>(parts);
        more.add(new Part(series, normalise(number)));
        return new Eid(more);
    }

    /** This eId inside an annex: {@code para_18} → {@code annex_1__para_18}. */
    public Eid inAnnex(String annexNumber) {
        List<Part> more = new ArrayList<>();
        more.add(new Part(Series.ANNEX, arabic(normalise(annexNumber))));
        more.addAll(parts);
        return new Eid(more);
    }

    /** The first numbered level below any annexes: the provision's series and number. */
    public Part main() {
        for (Part p : parts) {
            if (p.series() != Series.ANNEX) {
                return p;
            }
        }
        throw new IllegalStateException("checked by the constructor");
    }

    /** The levels below {@link #main}: the sub-paragraph labels, outermost first. */
    public List<String> subdivisions() {
        int i = parts.indexOf(main());
        return parts.subList(i + 1, parts.size()).stream().map(Part::number).toList();
    }

    /** The eId one level up, or null at the top. */
    public Eid parent() {
        if (parts.getLast().series() == Series.ANNEX || parts.getLast() == main()) {
            return null;
        }
        return new Eid(parts.subList(0, parts.size() - 1));
    }

    /** Whether this provision is {@code other} or sits below it. */
    public boolean isWithin(Eid other) {
        return parts.size() >= other.parts.size() && parts.subList(0, other.parts.size()).equals(other.parts);
    }

    /** Reads {@code op_4__subpara_b}. */
    public static Eid parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no eId given; expected e.g. op_4__subpara_b");
        }
        List<Part> parts = new ArrayList<>();
        for (String piece : text.strip().split("__", -1)) {
            Matcher m = PART.matcher(piece);
            if (!m.matches()) {
                throw new IllegalArgumentException("not an eId: '" + text + "'; expected e.g. rec_12, op_4__subpara_b, annex_1__para_18");
            }
            parts.add(new Part(Series.fromCode(m.group("series")), m.group("number")));
        }
        return new Eid(parts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (!sb.isEmpty()) {
                sb.append("__");
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /**
     * The citation form, after the work: {@code rec. 12}, {@code op. 4(b)}, {@code pp. 5}, {@code annex 1 para. 18(c)},
     * {@code art. 6(1)(a)}; a decision's lettered paragraph ({@code op_n}) is cited bare, {@code (n)(iii)}; a lettered
     * recommendation ({@code rec_b}, one of a report's announced list {@code (a)}–{@code (d)}) by its letter as printed,
     * in brackets, as UN documents refer to a lettered item ({@code recommendation (b)}): {@code rec. (b)}, {@code rec. (b)(ii)}.
     */
    public String citationText() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.series() == Series.ANNEX) {
                sb.append("annex ").append(p.number()).append(' ');
            } else if (p == main()) {
                if (p.series() == Series.OPERATIVE && isLetters(p.number())) {
                    sb.append('(').append(p.number()).append(')');
                } else if (p.series() == Series.RECOMMENDATION && isLetters(p.number())) {
                    sb.append(p.series().cited()).append(" (").append(p.number()).append(')');
                } else {
                    sb.append(p.series().cited()).append(' ').append(printed(p.number()));
                }
            } else {
                sb.append('(').append(p.number()).append(')');
            }
        }
        return sb.toString();
    }

    /*
     * The citation form, as people type it (any case, dots and spaces optional):
     *   (annex N )* SERIES NUMBER ( (SUB) )*     SERIES: rec | para | op | pp | art; NUMBER: 12, 12 bis, 4a
     *   (annex N )* rec (LETTER) ( (SUB) )*      a lettered recommendation (the brackets may be left out: rec. b)
     *   (annex N )* (LETTER) ( (SUB) )*          a decision's lettered paragraph
     */
    private static final Pattern CITED = Pattern.compile(
            "(?<annexes>(?:annex\\s*[0-9ivx]{1,5}\\s+)*)"
                    + "(?:(?<series>rec|para|op|pp|art)\\.?\\s*(?<num>[0-9]{1,4}(?:\\s*(?:bis|ter|quater|quinquies|sexies)|[a-z])?)"
                    + "|rec\\.?\\s*(?:\\((?<recletter>[a-z]{1,8})\\)|(?<recbare>[a-z]{1,8})(?![a-z0-9]))"
                    + "|\\((?<letter>[a-z]{1,8})\\))"
                    + "(?<subs>(?:\\s*\\(?[a-z0-9]{1,8}\\))*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNEX = Pattern.compile("annex\\s*([0-9ivx]{1,5})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile("\\(?([a-z0-9]{1,8})\\)", Pattern.CASE_INSENSITIVE);

    /** The pattern of {@link #citationText}, for a citation parser to find where the work ends. */
    public static Pattern citationPattern() {
        return CITED;
    }

    /** Reads {@code op. 4(b)}, {@code (n)(iii)}, {@code annex 1 para. 18(c)}, {@code art. 6(1)(a)}. */
    public static Eid fromCitationText(String text) {
        Matcher m = CITED.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a provision reference: '" + text + "'; expected e.g. rec. 12, op. 4(b), "
                    + "pp. 5, para. 63, (n)(iii), annex 1 para. 18(c) or art. 6(1)(a)");
        }
        return fromMatch(m);
    }

    static Eid fromMatch(Matcher m) {
        Eid eid;
        if (m.group("series") != null) {
            eid = of(Series.fromCited(m.group("series")), m.group("num"));
        } else if (m.group("recletter") != null || m.group("recbare") != null) {
            eid = of(Series.RECOMMENDATION, m.group("recletter") != null ? m.group("recletter") : m.group("recbare"));
        } else {
            eid = of(Series.OPERATIVE, m.group("letter"));
        }
        Matcher s = SUB.matcher(m.group("subs"));
        while (s.find()) {
            eid = eid.child(s.group(1));
        }
        List<String> annexes = new ArrayList<>();
        Matcher a = ANNEX.matcher(m.group("annexes"));
        while (a.find()) {
            annexes.add(a.group(1));
        }
        for (int i = annexes.size() - 1; i >= 0; i--) {
            eid = eid.inAnnex(annexes.get(i));
        }
        return eid;
    }

    /** Whether a part's number is letters only ({@code b}, {@code aa}): a lettered paragraph or recommendation. */
    private static boolean isLetters(String number) {
        return !number.isEmpty() && number.charAt(0) >= 'a' && number.charAt(0) <= 'z';
    }

    /** {@code 12 bis} → {@code 12bis}; lower case; roman annex numbers to digits. */
    static String normalise(String number) {
        String n = number.strip().toLowerCase(Locale.ROOT);
        // What replaceAll("\\s+", "") removes ([ \t\n\x0B\f\r]), without compiling that pattern for every provision.
        int i = 0;
        while (i < n.length() && !isRegexSpace(n.charAt(i))) {
            i++;
        }
        if (i == n.length()) {
            return n;
        }
        StringBuilder sb = new StringBuilder(n.length()).append(n, 0, i);
        for (; i < n.length(); i++) {
            if (!isRegexSpace(n.charAt(i))) {
                sb.append(n.charAt(i));
            }
        }
        return sb.toString();
    }

    /** What {@code \\s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** An annex's roman number ({@code II}) as digits, as AKN eIds write it. */
    private static String arabic(String number) {
        if (!number.matches("[ivxlc]+")) {
            return number;
        }
        int total = 0;
        int previous = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            int v = switch (number.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return String.valueOf(total);
    }

    /** A number with a Latin ordinal suffix. */
    private static final java.util.regex.Pattern SUFFIXED = java.util.regex.Pattern.compile("^([0-9]+)(bis|ter|quater|quinquies|sexies)$");

    /**
     * {@code 12bis} → {@code 12 bis}, as UN documents print it. The pattern is compiled once: a citation is printed for
     * every candidate of every lineage look-up ({@code replaceFirst} compiled it each time, a tenth of that step).
     */
    private static String printed(String number) {
        return SUFFIXED.matcher(number).replaceFirst("$1 $2");
    }
}
