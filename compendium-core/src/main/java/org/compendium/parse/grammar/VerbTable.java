package org.compendium.parse.grammar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leading verb phrases that open preambular and operative paragraphs in one language ({@code Recalling also},
 * {@code Further requests}, {@code просит также}, {@code وإذ يشير أيضا}, {@code 又回顾}), read as the longest phrase a
 * paragraph starts with. Comparison ignores case; in a language that separates words, a phrase must end at a word
 * boundary ({@code Notes} does not open {@code Notesthat}).
 *
 * <p>No list holds every opener a drafter may choose ({@code Cognizant of}, {@code Striving to}, {@code Deeply
 * disturbed}): a language whose openers have a shape of their own also gives that shape — English gerunds, Spanish
 * gerundios, Arabic's {@code وإذ} — read when no phrase matched. Where a line that does not open with a leading verb
 * continues the paragraph above (the preamble), an opener missing from the list would otherwise glue two paragraphs.
 */
public final class VerbTable {
    private final List<String> phrases;
    private final boolean spacedWords;
    private final Pattern openers;

    /**
     * @param phrases     the phrases, in any order (the longest match wins)
     * @param spacedWords whether words are separated by spaces (all but Chinese)
     */
    public VerbTable(List<String> phrases, boolean spacedWords) {
        this(phrases, spacedWords, null);
    }

    /**
     * @param openers the shape of a leading verb phrase the list lacks, matched at the start of a paragraph after the
     *                phrases (its whole match is the phrase), or null
     */
    public VerbTable(List<String> phrases, boolean spacedWords, Pattern openers) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.phrases = List.copyOf(sorted);
        this.spacedWords = spacedWords;
        this.openers = openers;
    }

    /** The leading verb phrase of a normalised paragraph as the paragraph prints it, or null when none starts it. */
    public String lead(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String p : phrases) {
            if (text.regionMatches(true, 0, p, 0, p.length())
                    && (!spacedWords || text.length() == p.length() || !Character.isLetter(text.charAt(p.length())))) {
                return text.substring(0, p.length());
            }
        }
        if (openers != null) {
            Matcher m = openers.matcher(text);
            if (m.lookingAt()) {
                return text.substring(0, m.end());
            }
        }
        return null;
    }

    /** The phrases, longest first. */
    public List<String> phrases() {
        return phrases;
    }

    /** {@code stems} each preceded by every prefix: {@code إذ يشير}, {@code وإذ يشير}, ... */
    static List<String> prefixed(List<String> prefixes, List<String> stems) {
        List<String> out = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String stem : stems) {
                out.add(prefix.isEmpty() ? stem : prefix + " " + stem);
            }
        }
        return out;
    }
}
