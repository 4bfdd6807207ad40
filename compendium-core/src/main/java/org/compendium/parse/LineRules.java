package org.compendium.parse;

import java.util.regex.Pattern;

/** Line shapes shared by the structure readers: footnotes, rules, page furniture and conversion debris. */
final class LineRules {
    /** {@code ____} opening the footnote block of a PDF page. */
    static final Pattern FOOTNOTE_RULE = Pattern.compile("^\\s*_{5,}\\s*$");
    /** {@code ---} horizontal rule of a Markdown conversion, which opens a footnote block there. */
    static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,})\\s*$");
    /** A PDF footnote body: number, two spaces or more, text ({@code  1  www.unodc.org/...}). */
    static final Pattern PDF_FOOTNOTE = Pattern.compile("^\\s*(\\d{1,3})\\s+\\S");
    /** A Markdown footnote body: {@code <sup>2</sup> Bien que ...}, {@code ¹ Résolution ...} or {@code \* CTOC/...}. */
    static final Pattern MARKDOWN_FOOTNOTE = Pattern.compile(
            "^\\s*(?:<sup>(\\w{1,4})</sup>|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)|(\\\\\\*|\\*(?=\\s)))\\s*\\S");
    /** A line that is nothing but a link: stray intranet and document-system URLs left by conversion. */
    static final Pattern URL_LINE = Pattern.compile("^\\s*(?:https?://|www\\.)\\S+\\s*$");
    /**
     * One mark of page furniture: a page number ({@code 2/12}, {@code - 3 -}), a job number with or without its
     * language letter ({@code V.19-09339}, {@code 25-19346 (E)}) and the processing and printing dates a UN footer
     * prints after it ({@code V.26-04321 (C)    030626    040626}), a bar code ({@code *2519346*}).
     */
    private static final String PAGE_MARK_ITEM =
            "(?:\\d{1,3}/\\d{1,3}|(?:[A-Z]\\.)?\\d{2}-\\d{5}(?:\\s*\\([AEFRSC]\\))?(?:\\s+\\d{6}){0,2}|\\*\\d{7}\\*|- ?\\d{1,3} ?-)";
    /**
     * A line of page furniture: one mark, or two side by side, as a page footer prints the page number at one margin
     * and the job number at the other and text extraction joins them ({@code 2/20   V.26-01234}, {@code V.26-01234 3/20}).
     */
    static final Pattern PAGE_MARK = Pattern.compile("^\\s*" + PAGE_MARK_ITEM + "(?:\\s+" + PAGE_MARK_ITEM + ")?\\s*$");

    /**
     * The Organization's name as a masthead prints it at one margin, with the document's symbol at the other: text
     * extraction joins the two on one line ({@code United Nations        A/RES/80/123}; in Arabic, laid out from the
     * right, the symbol may come first; Chinese spaces its name out, {@code 联 合 国}).
     */
    private static final String ORGANIZATION =
            "(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة|联\\s*合\\s*国)";

    /**
     * The star (or two) a reissued document prints after its symbol ({@code A/RES/81/205*}), calling the footnote
     * {@code * Reissued for technical reasons on …}: the symbol is the same document's.
     */
    private static final String REISSUE_MARK = "\\*{0,2}";

    /** A masthead line holding {@code symbolRegex} (one capturing group or none), alone or beside the Organization's name. */
    static String mastheadLine(String symbolRegex) {
        return "^\\s*(?:" + ORGANIZATION + "\\s+)?" + symbolRegex + REISSUE_MARK + "(?:\\s+" + ORGANIZATION + ")?\\s*$";
    }

    /**
     * A line that is only a number of one to three digits: a page number where it stands at a page's edge, a
     * footnote's number where footnote words follow it under a rule.
     */
    static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:[0-9]{1,3}|[\u0660-\u0669]{1,3})\\s*$");

    private LineRules() {
    }

    static boolean isFurniture(String line) {
        int at = firstVisibleAt(line);
        char c = at < line.length() ? line.charAt(at) : 0;
        // A mark that opens with a capital is a job number's language letter, always followed by its full stop
        // (V.19-09339): most lines of text open with a capital, and not with that.
        return (c == 'h' || c == 'w') && URL_LINE.matcher(line).matches()
                || (isAsciiDigit(c) || c >= 'A' && c <= 'Z' && at + 1 < line.length() && line.charAt(at + 1) == '.'
                || c == '*' || c == '-') && PAGE_MARK.matcher(line).matches();
    }

    /** {@link #FOOTNOTE_RULE} matches {@code line}. */
    static boolean isFootnoteRule(String line) {
        return firstVisible(line) == '_' && FOOTNOTE_RULE.matcher(line).matches();
    }

    /** {@link #MARKDOWN_RULE} matches {@code line}. */
    static boolean isMarkdownRule(String line) {
        char c = firstVisible(line);
        return (c == '-' || c == '*') && MARKDOWN_RULE.matcher(line).matches();
    }

    /** {@link #PAGE_NUMBER} matches {@code line}. */
    static boolean isPageNumber(String line) {
        char c = firstVisible(line);
        return (isAsciiDigit(c) || c >= '\u0660' && c <= '\u0669') && PAGE_NUMBER.matcher(line).matches();
    }

    /**
     * The first character of {@code line} that no {@code \s} can match, with or without
     * {@link Pattern#UNICODE_CHARACTER_CLASS} (nor any other control or space character); 0 when there is none.
     *
     * <p>Why: the line patterns here start {@code ^\s*} and then need one of a few characters, so the character
     * after the leading blanks tells, without running the pattern, that most lines (text) cannot match. A test of that
     * character may only ever let through more lines than the pattern matches, never fewer: the patterns' first
     * characters are no blanks, so skipping more than {@code \s} does changes no verdict.
     */
    static char firstVisible(String line) {
        int at = firstVisibleAt(line);
        return at < line.length() ? line.charAt(at) : 0;
    }

    /** Where {@link #firstVisible} stands in {@code line}; its length when there is none. */
    private static int firstVisibleAt(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c <= ' ' || c == '\u0085' || Character.isSpaceChar(c))) {
                return i;
            }
        }
        return line.length();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The superscript digits of a Markdown footnote mark, as plain digits ({@code ¹²} gives {@code 12}). */
    static String superscriptToDigits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\u00B9' -> sb.append('1');
                case '\u00B2' -> sb.append('2');
                case '\u00B3' -> sb.append('3');
                case '\u2070' -> sb.append('0');
                default -> {
                    if (c >= '\u2074' && c <= '\u2079') {
                        sb.append((char) ('4' + (c - '\u2074')));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
