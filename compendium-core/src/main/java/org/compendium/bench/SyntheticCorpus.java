package org.compendium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.compendium.index.Addressees;
import org.compendium.index.LeadingVerbs;
import org.compendium.index.ProvisionEntry;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Work;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.DocumentParser;

/**
 * A synthetic corpus of provisions in realistic French: sentences of the seed corpus (read and parsed at run time,
 * never copied into the project) recombined at random with a fixed seed, with plausible facets.
 */
final class SyntheticCorpus {
    private final List<String> sentences;
    private final List<String> words;

    private SyntheticCorpus(List<String> sentences, List<String> words) {
        this.sentences = sentences;
        this.words = words;
    }

    /** The sentences of every provision of the seeds in {@code dir}. */
    static SyntheticCorpus read(Path dir) throws Exception {
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        Set<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                ParsedDocument doc = parser.parse(reader.read(file));
                for (Provision p : doc.provisions()) {
                    for (String s : p.text().split("(?<=[.;:])\\s+")) {
                        if (s.length() >= 40) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (String s : sentences) {
            for (String w : words(s)) {
                if (w.length() >= 5 && w.chars().allMatch(Character::isLetter)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new SyntheticCorpus(List.copyOf(sentences), List.copyOf(words));
    }

    static String[] words(String sentence) {
        return sentence.split("[\\s,;:.()«»\"’']+");
    }

    List<String> sentences() {
        return sentences;
    }

    List<String> words() {
        return words;
    }

    /** The languages of the versions of a synthetic provision, after its French original ({@link #version}). */
    static final List<org.compendium.model.Language> VERSION_LANGUAGES = List.of(org.compendium.model.Language.ENGLISH,
            org.compendium.model.Language.SPANISH, org.compendium.model.Language.RUSSIAN, org.compendium.model.Language.ARABIC,
            org.compendium.model.Language.CHINESE);

    /**
     * Version {@code k} (1 to 5) of provision {@code i} among {@code n}: the provision's citation and facets in
     * another language's field ({@link #VERSION_LANGUAGES}), as a multilingual store holds them — a provision then
     * being one hit for several documents. There is no translation to be had: its words are those of another
     * provision of the corpus (a fixed one), so that the versions of a provision match queries of their own, as
     * translations do, and the index has the multilingual store's shape (documents per citation, fields) for timing.
     */
    ProvisionEntry version(long seed, int i, int k, int n) {
        ProvisionEntry original = entry(seed, i);
        String words = entry(seed, (int) ((i + (long) k * 7_919) % n)).text();
        ProvisionEntry e = original;
        return new ProvisionEntry(e.citation(), words, VERSION_LANGUAGES.get(k - 1).code(), e.kind(), e.label(), e.path(),
                e.verb(), e.addressees(), e.themes(), e.body(), e.meeting(), e.session(), e.year(), e.date(), e.type(),
                "synthetic-" + VERSION_LANGUAGES.get(k - 1).code() + "-" + e.source().substring("synthetic-".length()),
                e.sha256() + k, e.symbol(), e.ordinal(), e.participants());
    }

    /** How many paragraphs one synthetic report holds (eId numbers have at most four digits). */
    static final int PER_WORK = 9_999;

    /** Provision {@code i} of the synthetic corpus: the same for a given seed and index, whatever else is generated. */
    ProvisionEntry entry(long seed, int i) {
        Random random = new Random(seed * 1_000_003L + i);
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            text.append(k == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
        }
        Body body = Body.values()[random.nextInt(Body.values().length)];
        int year = 2004 + random.nextInt(21);
        ProvisionKind kind = ProvisionKind.values()[random.nextInt(ProvisionKind.values().length)];
        int doc = i / 100;
        String t = text.toString();
        // An eId number has at most four digits: each synthetic meeting report holds PER_WORK paragraphs, so that
        // provision i has a citation of its own at any N.
        Work work = new Work.MeetingReport(body, 1 + i / PER_WORK);
        return new ProvisionEntry(Citation.of(work, Eid.of(Eid.Series.PARAGRAPH, String.valueOf(1 + i % PER_WORK))), t, "fr", kind,
                null, List.of(String.valueOf(i % 100)), LeadingVerbs.of(null, t), Addressees.read(t), List.of(), body,
                body == Body.COP ? null : 1 + (year - 2004) / 2, body == Body.COP ? 1 + (year - 2004) / 2 : null, year,
                LocalDate.of(year, 1 + random.nextInt(12), 1), DocumentType.values()[random.nextInt(5)],
                "synthetic-" + doc + ".txt", HexFormat.of().toHexDigits((long) doc), null, i % 100,
                participants(seed, doc));
    }

    /** Every State identifier a synthetic participation list draws from (ISO 3166 alpha-3, as the store's). */
    private static final List<String> STATES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
            .sorted().toList();

    /**
     * The participation list of synthetic report {@code doc}, shaped as the seeds' are: their two meeting reports list
     * 92 and 97 States, which every one of their provisions carries (178 of the 643 provisions), the other three
     * documents none — so about 28 reports in 100 list 85–110 States here. It is the largest facet dimension of a
     * document, and counting the facets of a search's matches must bear it at a million provisions.
     */
    private static List<String> participants(long seed, int doc) {
        Random random = new Random(seed * 7_919L + doc);
        if (random.nextInt(100) >= 28) {
            return List.of();
        }
        int n = 85 + random.nextInt(26);
        Set<String> chosen = new TreeSet<>();
        while (chosen.size() < n) {
            chosen.add(STATES.get(random.nextInt(STATES.size())));
        }
        return List.copyOf(chosen);
    }
}
