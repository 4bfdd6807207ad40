package org.compendium.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.index.SearchFields;
import org.compendium.index.SearchRequest;

/**
 * One query of the benchmark mix, written once and rendered both for the Lucene service and for PostgreSQL.
 *
 * @param shape       what kind of query it is
 * @param words       its words (the prefix for {@link Shape#PREFIX})
 * @param filterField a filter field ({@code body} or {@code year}), or null
 * @param filterValue the filter's value, or null
 */
record BenchQuery(Shape shape, List<String> words, String filterField, String filterValue) {
    /**
     * The shapes of the mix, with their share in percent. The first five are drawn at random and make the
     * {@code count} queries of the mix; {@link #DOMAIN_PHRASE} is appended after them ({@value BenchQuery#DOMAIN_PERCENT} % more
     * queries), so that the drawn queries stay those of earlier runs.
     */
    enum Shape {
        TERM(40), TWO_TERMS(20), PHRASE(15), FILTERED_TERM(15), PREFIX(10),
        /**
         * A frequent phrase of the domain typed as plain words ({@code États parties}, {@code traite des personnes}):
         * what people type most, and, at a million provisions, hundreds of thousands of matches to rank.
         */
        DOMAIN_PHRASE(DOMAIN_PERCENT);

        final int percent;

        Shape(int percent) {
            this.percent = percent;
        }
    }

    /** The share of {@link Shape#DOMAIN_PHRASE} queries appended to the drawn ones, in percent of them. */
    static final int DOMAIN_PERCENT = 5;

    /**
     * Frequent phrases of the texts (of the seed corpus, and so of the synthetic provisions made from its sentences),
     * typed as words: each is matched by a large share of the provisions.
     */
    static final List<String> DOMAIN_PHRASES = List.of("États parties", "coopération internationale",
            "traite des personnes", "trafic de migrants", "droits de l'homme", "renforcement des capacités",
            "assistance technique", "entraide judiciaire", "criminalité organisée", "Conférence des Parties");

    private static final List<String> BODIES = List.of("COP", "WG.4", "WG.7");

    /**
     * A fixed mix of {@code count} queries drawn with {@code seed} from the words and sentences of the synthetic corpus,
     * then {@value #DOMAIN_PERCENT} % more: the {@link #DOMAIN_PHRASES} in turn ({@link Shape#DOMAIN_PHRASE}).
     *
     * @param words     distinct words of at least 5 letters
     * @param sentences the sentences the corpus is made of (phrases are 2–3 consecutive words from one)
     */
    static List<BenchQuery> mix(int count, long seed, List<String> words, List<String> sentences) {
        Random random = new Random(seed);
        List<BenchQuery> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            Shape shape = Shape.TERM;
            for (Shape s : Shape.values()) {
                if (s != Shape.DOMAIN_PHRASE && roll < s.percent) {
                    shape = s;
                    break;
                }
                roll -= s.percent;
            }
            String w = words.get(random.nextInt(words.size()));
            out.add(switch (shape) {
                case TERM -> new BenchQuery(shape, List.of(w), null, null);
                case TWO_TERMS -> new BenchQuery(shape, List.of(w, words.get(random.nextInt(words.size()))), null, null);
                case PHRASE -> new BenchQuery(shape, phrase(random, sentences), null, null);
                case FILTERED_TERM -> random.nextBoolean()
                        ? new BenchQuery(shape, List.of(w), SearchFields.BODY, BODIES.get(random.nextInt(BODIES.size())))
                        : new BenchQuery(shape, List.of(w), SearchFields.YEAR, String.valueOf(2004 + random.nextInt(21)));
                case PREFIX -> new BenchQuery(shape, List.of(w.substring(0, 5)), null, null);
                case DOMAIN_PHRASE -> throw new IllegalStateException("domain phrases are appended, not drawn");
            });
        }
        for (int i = 0; i < count * DOMAIN_PERCENT / 100; i++) {
            out.add(new BenchQuery(Shape.DOMAIN_PHRASE, List.of(DOMAIN_PHRASES.get(i % DOMAIN_PHRASES.size()).split(" ")), null, null));
        }
        return out;
    }

    private static List<String> phrase(Random random, List<String> sentences) {
        while (true) {
            String[] tokens = SyntheticCorpus.words(sentences.get(random.nextInt(sentences.size())));
            if (tokens.length >= 4) {
                int n = 2 + random.nextInt(2);
                int start = random.nextInt(tokens.length - n);
                return List.of(tokens).subList(start, start + n);
            }
        }
    }

    /** The request to the search service: first page of 10, facets and snippets as the CLI and web get them. */
    SearchRequest request() {
        String q = switch (shape) {
            case PHRASE -> "\"" + String.join(" ", words) + "\"";
            case PREFIX -> words.getFirst() + "*";
            default -> String.join(" ", words);
        };
        SearchRequest r = SearchRequest.of(q);
        return filterField == null ? r : r.withFilter(filterField, filterValue);
    }

    /** The PostgreSQL {@code tsquery} expression of it, as SQL with one text parameter. */
    String tsquery() {
        return switch (shape) {
            case PHRASE -> "phraseto_tsquery('french', ?)";
            case PREFIX -> "to_tsquery('french', ? || ':*')";
            default -> "plainto_tsquery('french', ?)";
        };
    }

    /** The text parameter of {@link #tsquery}. */
    String tsqueryText() {
        return String.join(" ", words);
    }
}
