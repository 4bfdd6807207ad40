package org.compendium.parse.language;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.compendium.model.Language;

/**
 * Tells which of the six UN languages a text is written in.
 *
 * <p>Script decides first, because it is certain and free: a text whose letters are mostly Arabic, Han or Cyrillic
 * is Arabic, Chinese or Russian (UN documents in those languages still carry Latin symbols such as
 * {@code CTOC/COP/WG.4/2025/5}, so the majority counts, not the presence). Latin-script text goes to Lingua restricted
 * to English, French and Spanish, which tells these apart on a paragraph where stop-word counts cannot. Only the first
 * {@value #SAMPLE} characters are read: a document's opening says its language, and the detector's cost stays
 * independent of the document's length.
 *
 * <p>Thread-safe; the Lingua models (three languages) load on first use and are shared.
 */
public final class LanguageDetector {
    /** Characters of a text read to decide its language. */
    public static final int SAMPLE = 2_000;
    /** Fewer letters than this and the text says too little: {@link Language#UNDETERMINED}. */
    static final int MIN_LETTERS = 12;

    private static final LanguageDetector STANDARD = new LanguageDetector();

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
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                switch (Character.UnicodeScript.of(c)) {
                    case ARABIC -> arabic++;
                    case HAN -> han++;
                    case CYRILLIC -> cyrillic++;
                    case LATIN -> latin++;
                    default -> { }
                }
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
        return switch (Latin.DETECTOR.detectLanguageOf(text)) {
            case ENGLISH -> Language.ENGLISH;
            case FRENCH -> Language.FRENCH;
            case SPANISH -> Language.SPANISH;
            default -> Language.UNDETERMINED;
        };
    }
}
