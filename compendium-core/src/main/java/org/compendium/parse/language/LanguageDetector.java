package org.compendium.parse.language;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.compendium.model.Language;

/**
 * Tells which of the six UN languages a text is written in.
 *
 * <p>Script decides first, because it is certain and free: a text whose letters are mostly Arabic, Han or Cyrillic
 * is Arabic, Chinese or Russian (UN documents in those languages still carry Latin symbols such as
 * {@code CTOC/COP/WG.4/2025/5}, so the majority counts, not the presence). Latin-script text goes to Lingua restricted
 * to English, French and Spanish, which tells these apart on a paragraph where stop-word counts cannot. Lingua costs
 * tens of milliseconds on a page, more than parsing the rest of the document, so a Latin-script text whose function
 * words already decide it (at least {@value #DECISIVE_WORDS} of one language's and three times the runner-up's:
 * {@code the/and/of}, {@code les/des/et}, {@code los/las/y}) is decided by those, and only a short or mixed text
 * ({@value #LINGUA_SAMPLE} characters of it) goes to Lingua. Only the first {@value #SAMPLE} characters are read: a
 * document's opening says its language, and the detector's cost stays independent of the document's length.
 *
 * <p>Thread-safe; the Lingua models (three languages) load on first use and are shared.
 */
public final class LanguageDetector {
    /** Characters of a text read to decide its language. */
    public static final int SAMPLE = 2_000;
    /** Fewer letters than this and the text says too little: {@link Language#UNDETERMINED}. */
    static final int MIN_LETTERS = 12;
    /** Function words of one language that decide a Latin-script text without Lingua (with 3 times the runner-up's). */
    static final int DECISIVE_WORDS = 8;
    /** Characters of a Latin-script text that Lingua reads when function words do not decide. */
    static final int LINGUA_SAMPLE = 600;
    private static final String[][] FUNCTION_WORDS = {
        {"the", "and", "of", "to", "that", "with", "for", "its", "by", "is", "are", "be"},
        {"les", "des", "et", "du", "une", "au", "aux", "est", "sur", "dans", "qui", "pour", "ses"},
        {"los", "las", "y", "del", "el", "una", "con", "por", "su", "sus", "al", "para"}};
    private static final Language[] LATIN = {Language.ENGLISH, Language.FRENCH, Language.SPANISH};

    private static final byte OTHER = 0;
    private static final byte ARABIC_LETTER = 1;
    private static final byte HAN_LETTER = 2;
    private static final byte CYRILLIC_LETTER = 3;
    private static final byte LATIN_LETTER = 4;
    /**
     * The script class of every char: a letter ({@link Character#isLetter}) of the Arabic, Han, Cyrillic or Latin
     * script ({@link Character.UnicodeScript#of}), or another character. Worked out once (64 KiB) because the script
     * of a char is a binary search over Unicode's ranges, which cost more than the rest of detection on a page. A
     * supplementary character's surrogates are no letters here, as they were not for a char-by-char reading.
     */
    private static final byte[] SCRIPTS = scripts();
    /**
     * The function words of {@link #FUNCTION_WORDS} by their four folded characters ({@link #fold}), each with the bit
     * of every Latin-script language whose list has it.
     */
    private static final java.util.Map<Long, Integer> FUNCTION_WORD_LANGUAGES = functionWordLanguages();

    private static final LanguageDetector STANDARD = new LanguageDetector();

    private static byte[] scripts() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (c < 0x80) {
                out[c] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LATIN_LETTER : OTHER;
            } else if (Character.isLetter(c)) {
                out[c] = switch (Character.UnicodeScript.of(c)) {
                    case ARABIC -> ARABIC_LETTER;
                    case HAN -> HAN_LETTER;
                    case CYRILLIC -> CYRILLIC_LETTER;
                    case LATIN -> LATIN_LETTER;
                    default -> OTHER;
                };
            }
        }
        return out;
    }

    private static java.util.Map<Long, Integer> functionWordLanguages() {
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        for (int l = 0; l < FUNCTION_WORDS.length; l++) {
            for (String w : FUNCTION_WORDS[l]) {
                out.merge(key(w, 0, w.length()), 1 << l, (a, b) -> a | b);
            }
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * What {@code String.regionMatches(true, ...)} compares a character by: the lower case of its upper case, so
     * that {@code ſ} is an {@code s} and the Kelvin sign a {@code k}, as there.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A word of at most four characters, folded, as one number: sixteen bits a character, the length above them. */
    private static long key(CharSequence text, int start, int end) {
        long key = end - start;
        for (int i = start; i < end; i++) {
            key = (key << 16) | fold(text.charAt(i));
        }
        return key;
    }

    private LanguageDetector() {
    }

    /** The shared detector. */
    public static LanguageDetector standard() {
        return STANDARD;
    }

    /** Lingua for the three Latin-script UN languages, built on first use (its models are large). */
    private static final class Latin {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(com.github.pemistahl.lingua.api.Language.ENGLISH,
                        com.github.pemistahl.lingua.api.Language.FRENCH,
                        com.github.pemistahl.lingua.api.Language.SPANISH)
                .build();
    }

    /** The language of a text, or {@link Language#UNDETERMINED} when it has too few letters or Lingua cannot tell. */
    public Language detect(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE);
        int arabic = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < end; i++) {
            switch (SCRIPTS[text.charAt(i)]) {
                case ARABIC_LETTER -> arabic++;
                case HAN_LETTER -> han++;
                case CYRILLIC_LETTER -> cyrillic++;
                case LATIN_LETTER -> latin++;
                default -> { }
            }
        }
        // A Han character carries a word's meaning in one letter; count it as three to weigh it like alphabetic text.
        int hanWeight = han * 3;
        int max = Math.max(Math.max(arabic, hanWeight), Math.max(cyrillic, latin));
        if (arabic + hanWeight + cyrillic + latin < MIN_LETTERS) {
            return Language.UNDETERMINED;
        }
        if (max == arabic) {
            return Language.ARABIC;
        }
        if (max == hanWeight) {
            return Language.CHINESE;
        }
        if (max == cyrillic) {
            return Language.RUSSIAN;
        }
        return latin(text.subSequence(0, end).toString());
    }

    private static Language latin(String text) {
        Language byWords = byFunctionWords(text);
        if (byWords != null) {
            return byWords;
        }
        return switch (Latin.DETECTOR.detectLanguageOf(text.substring(0, Math.min(text.length(), LINGUA_SAMPLE)))) {
            case ENGLISH -> Language.ENGLISH;
            case FRENCH -> Language.FRENCH;
            case SPANISH -> Language.SPANISH;
            default -> Language.UNDETERMINED;
        };
    }

    /** The language whose function words decide the text, or null when they do not (too few, or too close). */
    static Language byFunctionWords(String text) {
        int[] counts = new int[LATIN.length];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 4) {
                continue;
            }
            Integer languages = FUNCTION_WORD_LANGUAGES.get(key(text, start, i));
            if (languages != null) {
                for (int l = 0; l < LATIN.length; l++) {
                    if ((languages & (1 << l)) != 0) {
                        counts[l]++;
                    }
                }
            }
        }
        int best = 0;
        for (int l = 1; l < LATIN.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        int second = 0;
        for (int l = 0; l < LATIN.length; l++) {
            if (l != best) {
                second = Math.max(second, counts[l]);
            }
        }
        return counts[best] >= DECISIVE_WORDS && counts[best] >= 3 * second ? LATIN[best] : null;
    }
}
